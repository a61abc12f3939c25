package io.demoseeder.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.steps.StepNotes.Note;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationReport;
import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Edge;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Node;
import io.demoseeder.validation.ValidationReport.StepSummary;
import io.demoseeder.validation.ValidationReport.TableSummary;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@Execution(ExecutionMode.CONCURRENT)
class ReportWriterTest {

	private static final String REASON = "table migration.asset_tags does not exist";

	private final JsonMapper mapper = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void writesTheJsonWithTheDocumentedKeysInOrder() throws Exception {
		Path directory = write(report(), this.temp.resolve("new/dir"));
		assertThat(directory.resolve("validation-report.json"))
			.isEqualTo(this.temp.resolve("new/dir/validation-report.json"))
			.isRegularFile();
		JsonNode json = this.mapper.readTree(directory.resolve("validation-report.json").toFile());
		assertThat(names(json)).containsExactly("status", "summary", "database", "generatedAt", "executionId",
				"parameters", "checks", "tables", "steps", "charts", "notes", "notJudged");
		assertThat(names(json.get("summary"))).containsExactly("checks", "passed", "failed", "notApplicable");
		assertThat(names(json.get("notes").get(0))).containsExactly("step", "title", "lines");
		assertThat(json.get("status").asString()).isEqualTo("FAILED");
		assertThat(names(json.get("checks").get(0))).containsExactly("name", "category", "status", "measured",
				"expected", "detail");
		assertThat(json.get("checks").get(3).get("status").asString()).isEqualTo("FAILED");
		assertThat(names(json.get("tables").get(0))).containsExactly("table", "rows", "sha256");
		assertThat(names(json.get("steps").get(0))).containsExactly("step", "status", "read", "write", "skip",
				"durationMillis");
		assertThat(names(json.get("charts"))).containsExactly("series", "dependencyGraph");
		assertThat(names(json.get("charts").get("dependencyGraph").get("edges").get(0))).containsExactly("from", "to",
				"type");
		assertThat(Files.readString(directory.resolve("validation-report.json"))).contains("\n  \"database\"");
		assertThat(Files.list(directory)).noneMatch((file) -> file.toString().endsWith(".tmp"));
	}

	@Test
	void everyFormatCarriesTheStepsNotes() throws Exception {
		Path directory = write(report(), this.temp);
		assertThat(Files.readString(directory.resolve("validation-report.md"))).contains("## Since the last refresh",
				"- import kept: call <list> \\| a.csv (25 records, cmdb csv) as call_list.csv");
		assertThat(Files.readString(directory.resolve("validation-report.html"))).contains(
				"<h2>Since the last refresh</h2>",
				"<li>import kept: call &lt;list&gt; | a.csv (25 records, cmdb csv) as call_list.csv</li>");
		assertThat(Files.readString(directory.resolve("validation-report.xml"))).contains(
				"name=\"preserveAdditions: Since the last refresh\"",
				"import kept: call &lt;list&gt; | a.csv (25 records, cmdb csv) as call_list.csv");
		assertThat(Files.readString(directory.resolve("validation-report.json")))
			.contains("\"  import kept: call <list> | a.csv (25 records, cmdb csv) as call_list.csv\"");
	}

	@Test
	void markdownListsTheFailedCheckFirst() throws Exception {
		String markdown = Files.readString(write(report(), this.temp).resolve("validation-report.md"));
		assertThat(markdown).startsWith("# Demo validation: FAILED\n\n6 checks, 1 failed, 1 not applicable");
		assertThat(markdown.indexOf("foreign-keys.orphans.assets.migration_wave_id"))
			.isLessThan(markdown.indexOf("rows.demo.assets"));
		assertThat(markdown).contains("## Failed checks", "### row-counts", "### foreign-keys",
				"| `migration.assets` | 60 | `0123456789ab` |", "| `assets` | COMPLETED | 60 | 60 | 0 | 1840 ms |",
				"a \\| b");
	}

	@Test
	void everyFormatShowsANotApplicableCheckApartWithItsReason() throws Exception {
		Path directory = write(report(), this.temp);
		JsonNode json = this.mapper.readTree(directory.resolve("validation-report.json").toFile());
		assertThat(json.get("summary").get("checks").asInt()).isEqualTo(6);
		assertThat(json.get("summary").get("passed").asInt()).isEqualTo(4);
		assertThat(json.get("summary").get("failed").asInt()).isEqualTo(1);
		assertThat(json.get("summary").get("notApplicable").asInt()).isEqualTo(1);
		assertThat(json.get("checks").get(5).get("status").asString()).isEqualTo("NOT_APPLICABLE");
		assertThat(json.get("checks").get(5).get("detail").asString()).isEqualTo(REASON);
		String markdown = Files.readString(directory.resolve("validation-report.md"));
		assertThat(markdown).contains("## Not applicable", "| `seeded-values.asset_tags.updated_at` | " + REASON + " |",
				"| NOT_APPLICABLE | `seeded-values.asset_tags.updated_at` |");
		assertThat(markdown.indexOf("## Not applicable")).isGreaterThan(markdown.indexOf("## Failed checks"))
			.isLessThan(markdown.indexOf("## Checks"));
		String html = Files.readString(directory.resolve("validation-report.html"));
		assertThat(html).contains("1 failed, 1 not applicable", "<h2>Not applicable</h2>",
				"<tr class=\"NOT_APPLICABLE\"><td><code>seeded-values.asset_tags.updated_at</code></td><td>" + REASON,
				"<td>NOT APPLICABLE</td>");
		assertThat(report().failedChecks()).extracting(CheckResult::name)
			.containsExactly("foreign-keys.orphans.assets.migration_wave_id");
	}

	@Test
	void htmlIsSelfContainedAndEscaped() throws Exception {
		String html = Files.readString(write(report(), this.temp).resolve("validation-report.html"));
		assertThat(html).doesNotContain("<script", "http://", "https://", "<link")
			.contains("&lt;b&gt;", "chart-asset-mix", "chart-dependency-graph")
			.doesNotContain("<b>");
	}

	@Test
	void missingSeriesDrawNoData() throws Exception {
		ValidationReport full = report();
		ValidationReport empty = new ValidationReport(ValidationReport.PASSED, "demo", "2026-11-24T00:00:00Z", null,
				Map.of(), List.of(), List.of(), List.of(), new Charts(Map.of("assetMix", Map.of()), null), List.of(),
				List.of());
		String html = Files.readString(write(empty, this.temp).resolve("validation-report.html"));
		assertThat(html.split("no data", -1)).hasSize(6);
		assertThat(full.failedChecks()).hasSize(1);
	}

	@Test
	void rendersInHeadlessChromium() throws Exception {
		Path html = write(report(), this.temp.resolve("report")).resolve("validation-report.html");
		HeadlessChromium chromium = new HeadlessChromium(this.temp.resolve("profile"));
		HeadlessChromium.Result dom = chromium.run("--dump-dom", html.toUri().toString());
		assertThat(dom.exitCode()).isZero();
		for (String id : List.of("chart-asset-mix", "chart-server-os", "chart-flow-status", "chart-step-timings",
				"chart-dependency-graph")) {
			assertThat(dom.stdout()).contains("<svg id=\"" + id + "\"");
		}
		assertThat(dom.stdout().split("<svg ", -1)).hasSize(6);
		assertThat(dom.consoleErrors()).isEmpty();
		Path png = this.temp.resolve("screenshot.png");
		HeadlessChromium.Result shot = chromium.run("--screenshot=" + png, "--window-size=1280,2400",
				html.toUri().toString());
		assertThat(shot.consoleErrors()).isEmpty();
		assertThat(png).exists();
		assertThat(Files.size(png)).isGreaterThan(10_000);
		Files.createDirectories(Path.of("target"));
		Files.copy(png, Path.of("target/validation-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void junitXmlHasOneSuitePerCategoryAndOneCasePerCheck() throws Exception {
		ValidationReport report = report();
		Path xml = write(report, this.temp).resolve("validation-report.xml");
		Element root = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(xml.toFile())
			.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("testsuites");
		assertThat(root.getAttribute("tests")).isEqualTo("6");
		assertThat(root.getAttribute("failures")).isEqualTo("1");
		assertThat(root.getAttribute("skipped")).isEqualTo("1");
		List<Element> all = elements(root, "testsuite");
		// then one suite without cases per step note, its lines as the suite's output
		List<Element> suites = all.subList(0, all.size() - report.notes().size());
		assertThat(suites).extracting((suite) -> suite.getAttribute("name"))
			.containsExactly("schema", "row-counts", "foreign-keys", "pages", "seeded-values");
		assertThat(all.get(all.size() - 1).getAttribute("tests")).isEqualTo("0");
		assertThat(elements(all.get(all.size() - 1), "system-out")).hasSize(1);
		int cases = 0;
		for (Element suite : suites) {
			List<Element> testcases = elements(suite, "testcase");
			assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(testcases.size()));
			assertThat(suite.getAttribute("failures"))
				.isEqualTo(String.valueOf(testcases.stream().filter((c) -> !elements(c, "failure").isEmpty()).count()));
			assertThat(suite.getAttribute("skipped"))
				.isEqualTo(String.valueOf(testcases.stream().filter((c) -> !elements(c, "skipped").isEmpty()).count()));
			assertThat(suite.getAttribute("errors")).isEqualTo("0");
			assertThat(suite.getAttribute("time")).isNotEmpty();
			assertThat(testcases)
				.allSatisfy((c) -> assertThat(c.getAttribute("classname")).isEqualTo(suite.getAttribute("name")));
			cases += testcases.size();
		}
		assertThat(cases).isEqualTo(report.checks().size());
		Element failed = elements(suites.get(2), "testcase").get(0);
		assertThat(failed.getAttribute("name")).isEqualTo("foreign-keys.orphans.assets.migration_wave_id");
		Element failure = elements(failed, "failure").get(0);
		assertThat(failure.getAttribute("message")).isEqualTo("measured 1, expected 0");
		assertThat(failure.getTextContent()).contains("asset <b>web-01</b> points at a missing wave: a | b");
		assertThat(elements(elements(suites.get(0), "testcase").get(0), "failure")).isEmpty();
		Element notApplicable = elements(suites.get(4), "testcase").get(0);
		assertThat(elements(notApplicable, "failure")).isEmpty();
		assertThat(elements(notApplicable, "skipped")).singleElement()
			.satisfies((skipped) -> assertThat(skipped.getAttribute("message")).isEqualTo(REASON));
	}

	/**
	 * A report as large as a real run's (~370 checks, partitions' steps, long names and
	 * details, a graph cut to its most connected assets) fits a 1280 px window: nothing
	 * scrolls sideways and every chart label is inside its chart.
	 */
	@Test
	void aRealSizedReportFitsA1280PxWindow() throws Exception {
		Path html = write(crowded(), this.temp.resolve("crowded")).resolve("validation-report.html");
		HeadlessChromium.Layout layout = new HeadlessChromium(this.temp.resolve("profile")).layout(html, 1280);
		assertThat(layout.windowWidth()).isEqualTo(1280);
		assertThat(layout.scrollWidth()).isLessThanOrEqualTo(layout.windowWidth());
		assertThat(layout.labels()).isGreaterThan(150);
		assertThat(layout.cutLabels()).isEmpty();
		Path png = this.temp.resolve("crowded.png");
		new HeadlessChromium(this.temp.resolve("profile")).run("--screenshot=" + png, "--window-size=1280,2000",
				html.toUri().toString());
		Files.createDirectories(Path.of("target"));
		Files.copy(png, Path.of("target/validation-report-1280.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private Path write(ValidationReport report, Path directory) {
		new ReportWriter(this.mapper).write(report, directory);
		return directory;
	}

	private static List<Element> elements(Element parent, String tag) {
		List<Element> elements = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
				elements.add(element);
			}
		}
		return elements;
	}

	static ValidationReport crowded() {
		ValidationReport report = report();
		List<CheckResult> checks = new ArrayList<>(report.checks());
		for (int i = 0; checks.size() < 370; i++) {
			checks.add(CheckResult.of(i % 40 != 0,
					"foreign-keys.orphans.crewai_flow_state_extensions.crewai_flow_state_extensions_client_account_id_fkey_"
							+ i,
					(i % 2 == 0) ? "platform" : "foreign-keys",
					"{application=10, database=10, load_balancer=2, network=3}",
					"{application=10,database=10,load_balancer=2,network=3,server=35}",
					"POST /api/v1/flows/" + "0123456789abcdef".repeat(6) + " answered 500 Internal Server Error"));
		}
		List<StepSummary> steps = new ArrayList<>();
		for (String step : List.of("rawImportRecords", "fieldMappings", "assets", "dependencies", "assessments")) {
			steps.add(new StepSummary(step, "COMPLETED", 60, 60, 0, 300));
			for (String tenant : List.of("democorp.manual", "globex-logistics.cloud", "initech-financial.cmdb")) {
				steps.add(new StepSummary(step + ":" + tenant, "COMPLETED", 20, 20, 0, 100 + tenant.length()));
			}
		}
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			String type = List.of("application", "server", "database", "load_balancer", "network").get(i % 5);
			nodes.add(new Node("id-" + i, "demo-" + type + "-prod-" + i, type));
			edges.add(new Edge("id-" + i, "id-" + ((i * 7) % 150), "runs_on"));
		}
		return new ValidationReport(ValidationReport.FAILED, report.database(), report.generatedAt(), 7L,
				report.parameters(), checks, report.tables(), steps,
				new Charts(report.charts().series(), new DependencyGraph(nodes, edges)), report.notes(),
				report.notJudged());
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		Iterator<String> iterator = node.propertyNames().iterator();
		iterator.forEachRemaining(names::add);
		return names;
	}

	static ValidationReport report() {
		List<CheckResult> checks = List.of(CheckResult.passed("schema.version", "schema", 1, 1),
				CheckResult.passed("rows.demo.assets", "row-counts", 60, 60),
				CheckResult.passed("rows.demo.raw_import_records", "row-counts", 180, 180),
				CheckResult.failed("foreign-keys.orphans.assets.migration_wave_id", "foreign-keys", 1, 0,
						"asset <b>web-01</b> points at a missing wave: a | b"),
				CheckResult.passed("pages.asset-inventory", "pages", 60, "> 0"),
				CheckResult.notApplicable("seeded-values.asset_tags.updated_at", "seeded-values", REASON));
		List<TableSummary> tables = List.of(new TableSummary("migration.assets", 60, "0123456789abcdef0123"),
				new TableSummary("migration.asset_dependencies", 48, "fedcba9876543210fedc"));
		List<StepSummary> steps = List.of(new StepSummary("generateInputFiles", "COMPLETED", 0, 3, 0, 420),
				new StepSummary("assets", "COMPLETED", 60, 60, 0, 1840),
				new StepSummary("dependencies", "COMPLETED", 48, 48, 0, 310),
				new StepSummary("validate", "FAILED", 5, 5, 0, 2200));
		Map<String, Map<String, Long>> series = new LinkedHashMap<>();
		series.put("assetMix", ordered("application", 10L, "server", 35L, "database", 10L, "network", 5L));
		series.put("serverOs", ordered("Ubuntu 22.04", 12L, "RHEL 8", 8L, "Windows Server 2019", 15L));
		series.put("flowStatus", ordered("completed", 3L, "running", 1L, "failed", 1L));
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("seed", 42);
		parameters.put("asOf", "2026-11-24");
		parameters.put("scale", 1);
		return new ValidationReport(ValidationReport.FAILED, "demo_seeded", "2026-11-24T08:00:00Z", 7L, parameters,
				checks, tables, steps, new Charts(series, graph()),
				List.of(new Note("preserveAdditions", "Since the last refresh",
						List.of("Since the last refresh of demo_seeded: 26 rows added",
								"  import kept: call <list> | a.csv (25 records, cmdb csv) as call_list.csv"))),
				List.of());
	}

	private static DependencyGraph graph() {
		String[] types = { "application", "application", "server", "server", "server", "database", "database",
				"network", "server", "application" };
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < types.length; i++) {
			nodes.add(new Node("id-" + i, types[i] + "-" + i, types[i]));
		}
		List<Edge> edges = List.of(new Edge("id-0", "id-2", "runs_on"), new Edge("id-0", "id-5", "uses"),
				new Edge("id-1", "id-3", "runs_on"), new Edge("id-1", "id-6", "uses"),
				new Edge("id-9", "id-8", "runs_on"), new Edge("id-2", "id-7", "network"),
				new Edge("id-3", "id-4", "network"), new Edge("id-4", "id-3", "network"),
				new Edge("id-9", "id-0", "calls"));
		return new DependencyGraph(nodes, edges);
	}

	private static Map<String, Long> ordered(Object... pairs) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Long) pairs[i + 1]);
		}
		return map;
	}

}
