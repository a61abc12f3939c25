package io.demoseeder.inputs.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.demoseeder.inputs.files.InputManifest.FileEntry;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.format.ManualXlsx;
import io.demoseeder.inputs.generate.RowProblems;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.plan.Vocabulary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated files on disk: bytes, manifest, planned contents, other tools. */
class InputFilesTest {

	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	@TempDir
	static Path root;

	private static Path first;

	private static InputManifest manifest;

	@BeforeAll
	static void generate() {
		first = root.resolve("first");
		manifest = InputFiles.prepare(CONTEXT, first).manifest();
	}

	@Test
	void theSameSeedAndAsOfMakeByteIdenticalFilesAndManifest() throws IOException {
		Path second = root.resolve("second");
		InputFiles.prepare(CONTEXT, second);
		assertThat(files(second)).containsExactlyElementsOf(files(first));
		for (String file : files(first)) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	@Test
	void anotherSeedMakesOtherFiles() throws IOException {
		Path other = root.resolve("other");
		InputFiles.prepare(new SeedContext(43, CONTEXT.asOf(), 1), other);
		for (FileEntry file : manifest.files()) {
			assertThat(Files.readAllBytes(other.resolve(file.path()))).as(file.path())
				.isNotEqualTo(Files.readAllBytes(first.resolve(file.path())));
		}
	}

	@Test
	void theManifestDescribesEachFile() throws IOException {
		assertThat(manifest).isEqualTo(InputManifest.read(first));
		assertThat(manifest.seed()).isEqualTo(42);
		assertThat(manifest.asOf()).isEqualTo("2026-11-24");
		List<ImportPlan> plans = DemoPlans.of(CONTEXT).tenants().stream().flatMap((t) -> t.imports().stream()).toList();
		assertThat(manifest.files()).extracting(FileEntry::path)
			.containsExactlyElementsOf(plans.stream().map(ImportPlan::relativePath).toList());
		for (ImportPlan plan : plans) {
			FileEntry file = manifest.file(plan.relativePath()).orElseThrow();
			Path path = first.resolve(plan.relativePath());
			assertThat(file.rows()).isEqualTo(plan.totalRows());
			// counted from the rows written: a reader reads as many back
			assertThat(InputFormats.readAll(plan.format(), path)).as(plan.relativePath()).hasSize(file.rows());
			assertThat(file.bytes()).isEqualTo(Files.size(path));
			assertThat(file.sha256()).isEqualTo(InputFiles.sha256(path));
			assertThat(file.format()).isEqualTo(plan.format().name());
			assertThat(file.mimeType()).isEqualTo(plan.format().mimeType());
		}
	}

	@Test
	void theFilesHoldThePlannedProblemsAndTheDemosAssetMix() {
		Map<String, Integer> mix = new HashMap<>();
		for (FileEntry file : manifest.files()) {
			ImportPlan plan = DemoPlans.of(CONTEXT)
				.tenants()
				.stream()
				.filter((tenant) -> tenant.key().equals(file.tenant()))
				.findFirst()
				.orElseThrow()
				.importNamed(file.importKey());
			List<SourceRow> rows = InputFormats.readAll(plan.format(), first.resolve(file.path()));
			Map<String, Integer> problems = new HashMap<>();
			List<Map<String, Object>> seen = new ArrayList<>();
			for (SourceRow row : rows) {
				List<String> found = seen.contains(row.fields()) ? List.of("DUPLICATE_ROW")
						: RowProblems.of(plan.format(), row.fields());
				assertThat(found).as(file.path() + " " + row).hasSizeLessThanOrEqualTo(1).doesNotContain("OTHER");
				found.forEach((problem) -> problems.merge(problem, 1, Integer::sum));
				seen.add(row.fields());
				if (found.isEmpty() && file.tenant().equals("democorp") && plan.assetRows() > 0) {
					mix.merge(kind(plan.format(), row), 1, Integer::sum);
				}
			}
			Map<String, Integer> planned = new HashMap<>();
			plan.invalidRows().forEach((issue, count) -> planned.put(issue.name(), count));
			assertThat(problems).as(file.path()).isEqualTo(planned);
		}
		assertThat(mix).isEqualTo(Map.of("application", 10, "server/Linux", 20, "server/Windows", 15, "database", 10,
				"network_device", 5));
	}

	@Test
	void theCsvParsesStrictlyWithCommonsCsvAndWithPython() throws Exception {
		Path csv = first.resolve(SourceFormat.CMDB_CSV.fileName());
		CSVFormat strict = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = strict.parse(reader)) {
			assertThat(parser.getHeaderNames()).containsExactlyElementsOf(SourceFormat.CMDB_CSV.columns().keySet());
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(demoRows(SourceFormat.CMDB_CSV))
				.allSatisfy((record) -> assertThat(record.isConsistent()).isTrue());
		}
		assumeTrue(onPath("python3"), "python3 is not installed: the python check is skipped");
		String script = "import csv,sys\nrows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8')))\n"
				+ "assert all(len(r)==len(rows[0]) for r in rows)\nprint(len(rows)-1)";
		assertThat(run("python3", "-c", script, csv.toString()))
			.isEqualTo(String.valueOf(demoRows(SourceFormat.CMDB_CSV)));
	}

	@Test
	void theJsonIsAnArrayThatJqReads() throws Exception {
		Path json = first.resolve(SourceFormat.CLOUD_JSON.fileName());
		assumeTrue(onPath("jq"), "jq is not installed: the jq check is skipped");
		assertThat(run("jq", "length", json.toString())).isEqualTo(String.valueOf(demoRows(SourceFormat.CLOUD_JSON)));
		// numbers are JSON numbers; only the planned "CPU count that is not a number"
		// rows hold text
		assertThat(run("jq", "-r", "[.[] | .vcpus | type] | unique | join(\",\")", json.toString()))
			.isEqualTo((demoIssues(SourceFormat.CLOUD_JSON, DataQualityIssue.INVALID_NUMBER) > 0) ? "number,string"
					: "number");
	}

	@Test
	void theWorkbookOpensInPoiWithNumericCellsForNumbers() throws Exception {
		// from a stream: a workbook opened on a File is saved back to it on close
		try (InputStream in = Files.newInputStream(first.resolve(SourceFormat.MANUAL_XLSX.fileName()));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet(ManualXlsx.SHEET);
			assertThat(workbook.getNumberOfSheets()).isOne();
			assertThat(sheet.getLastRowNum()).isEqualTo(demoRows(SourceFormat.MANUAL_XLSX));
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Asset Name");
			List<CellType> cpu = new ArrayList<>();
			for (int r = 1; r <= demoRows(SourceFormat.MANUAL_XLSX); r++) {
				cpu.add(sheet.getRow(r).getCell(7).getCellType());
			}
			assertThat(cpu).contains(CellType.NUMERIC).doesNotContain(CellType.BLANK);
			// text only where the plan asks for a CPU count that is not a number
			assertThat(cpu.stream().filter((type) -> type == CellType.STRING))
				.hasSize(demoIssues(SourceFormat.MANUAL_XLSX, DataQualityIssue.INVALID_NUMBER));
		}
	}

	@Test
	void anExistingFileIsKeptAndDescribedAsItIs() throws IOException {
		Path inputs = root.resolve("own");
		Path own = inputs.resolve("tenants/globex-logistics/cmdb_export.csv");
		Files.createDirectories(own.getParent());
		String content = String.join(",", SourceFormat.CMDB_CSV.columns().keySet()) + "\r\n"
				+ "Billing,billing01,10.9.9.9,Application,,,,2,4,20,Production,High,A B,C,D,E,F,1,2\r\n";
		Files.writeString(own, content);
		InputManifest written = InputFiles.prepare(CONTEXT, inputs).manifest();
		assertThat(Files.readString(own)).isEqualTo(content);
		assertThat(written.file("tenants/globex-logistics/cmdb_export.csv").orElseThrow().rows()).isOne();
		assertThat(Files.readAllBytes(inputs.resolve("tenants/initech-financial/cmdb_export.csv")))
			.isEqualTo(Files.readAllBytes(first.resolve("tenants/initech-financial/cmdb_export.csv")));
	}

	private static String kind(SourceFormat format, SourceRow row) {
		String typeColumn = (String) format.columns().keySet().toArray()[3];
		String osColumn = (String) format.columns().keySet().toArray()[5];
		String type = Vocabulary.assetType((String) row.fields().get(typeColumn)).orElseThrow();
		if (!type.equals("server")) {
			return type;
		}
		String os = Vocabulary.operatingSystem((String) row.fields().get(osColumn)).orElseThrow();
		return "server/" + (os.equals("Windows Server") ? "Windows" : "Linux");
	}

	private static List<String> files(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> directory.relativize(file).toString())
				.sorted()
				.toList();
		}
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, command)));
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	/** The rows of {@code issue} the demo's plan puts in its file of {@code format}. */
	private static int demoIssues(SourceFormat format, DataQualityIssue issue) {
		return demoImports(format).mapToInt((plan) -> plan.invalidRows().getOrDefault(issue, 0)).sum();
	}

	/** The rows the demo's plan gives its file of {@code format}. */
	private static int demoRows(SourceFormat format) {
		return demoImports(format).mapToInt(ImportPlan::totalRows).sum();
	}

	private static Stream<ImportPlan> demoImports(SourceFormat format) {
		return DemoPlans.of(CONTEXT)
			.tenants()
			.stream()
			.filter((tenant) -> tenant.demo())
			.flatMap((tenant) -> tenant.imports().stream())
			.filter((plan) -> plan.format() == format);
	}

}
