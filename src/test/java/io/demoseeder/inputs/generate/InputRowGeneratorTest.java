package io.demoseeder.inputs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.generate.GeneratedRow.Role;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.Vocabulary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated rows against the plan: counts, problems, realism, determinism. */
class InputRowGeneratorTest {

	private static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	private static final List<GeneratedImport> IMPORTS = InputRowGenerator.generate(CONTEXT, InputFormats::system);

	@Test
	void everyImportHasThePlannedRowsRolesAndProblems() {
		// DemoCorp's three, a CMDB export and a cloud inventory for each other tenant
		assertThat(IMPORTS).hasSize(7);
		for (GeneratedImport generated : IMPORTS) {
			ImportPlan plan = generated.plan();
			assertThat(generated.rows()).as(plan.relativePath()).hasSize(plan.totalRows());
			assertThat(count(generated, (row) -> row.role() == Role.ASSET)).isEqualTo(plan.assetRows());
			assertThat(count(generated, (row) -> row.role() == Role.PENDING)).isEqualTo(plan.pendingRows());
			for (DataQualityIssue issue : DataQualityIssue.values()) {
				if (issue.invalidating()) {
					assertThat(count(generated, (row) -> row.issue() == issue)).as(plan.relativePath() + " " + issue)
						.isEqualTo(plan.invalidRows().getOrDefault(issue, 0));
				}
			}
			for (AssetKind kind : AssetKind.values()) {
				assertThat(count(generated, (row) -> row.role() == Role.ASSET && row.kind() == kind))
					.isEqualTo(plan.assets().getOrDefault(kind, 0));
			}
			for (int i = 0; i < generated.rows().size(); i++) {
				assertThat(generated.rows().get(i).recordIndex()).isEqualTo(i + 1);
			}
		}
	}

	@Test
	void theDemoHasSixtyAssetsInTheContractsMix() {
		Map<String, Long> mix = IMPORTS.stream()
			.filter((generated) -> generated.tenant().demo())
			.flatMap((generated) -> generated.rows().stream())
			.filter((row) -> row.role() == Role.ASSET)
			.collect(Collectors.groupingBy(
					(row) -> row.kind().assetType()
							+ (row.kind().assetType().equals("server") ? "/" + row.kind().family() : ""),
					Collectors.counting()));
		assertThat(mix).containsExactlyInAnyOrderEntriesOf(Map.of("application", 10L, "server/Linux", 20L,
				"server/Windows", 15L, "database", 10L, "load_balancer", 2L, "network", 3L));
	}

	@Test
	void validRowsPassAndEachInvalidRowHasExactlyItsOneProblem() {
		for (GeneratedImport generated : IMPORTS) {
			SourceFormat format = generated.plan().format();
			for (GeneratedRow row : generated.rows()) {
				List<String> problems = RowProblems.of(format, row.fields());
				if (row.role() != Role.INVALID || row.issue() == DataQualityIssue.DUPLICATE_ROW) {
					assertThat(problems).as(row.toString()).isEmpty();
				}
				else {
					assertThat(problems).as(row.toString()).containsExactly(row.issue().name());
				}
			}
		}
	}

	@Test
	void aDuplicateIsAnExactCopyOfAnEarlierValidRow() {
		int duplicates = 0;
		for (GeneratedImport generated : IMPORTS) {
			for (GeneratedRow row : generated.rows()) {
				if (row.issue() == DataQualityIssue.DUPLICATE_ROW) {
					GeneratedRow original = generated.rows().get(row.duplicateOf() - 1);
					assertThat(row.duplicateOf()).isLessThan(row.recordIndex());
					assertThat(original.role()).isNotEqualTo(Role.INVALID);
					assertThat(row.fields()).isEqualTo(original.fields());
					duplicates++;
				}
			}
		}
		// as many as the plans ask for
		assertThat(duplicates).isEqualTo(IMPORTS.stream()
			.mapToInt((generated) -> generated.plan().invalidRows().getOrDefault(DataQualityIssue.DUPLICATE_ROW, 0))
			.sum());
	}

	@Test
	void someValidRowsCarryCosmeticProblemsThatCleansingRepairs() {
		List<GeneratedRow> blemished = IMPORTS.stream()
			.flatMap((generated) -> generated.rows().stream())
			.filter((row) -> row.issue() != null && !row.issue().invalidating())
			.toList();
		assertThat(blemished).extracting(GeneratedRow::issue)
			.contains(DataQualityIssue.INCONSISTENT_CASING, DataQualityIssue.STRAY_WHITESPACE);
		assertThat(blemished).allSatisfy((row) -> assertThat(row.role()).isNotEqualTo(Role.INVALID));
	}

	@Test
	void namesAndAddressesAreUniqueInAnEngagementAcrossItsFiles() {
		Map<String, List<GeneratedRow>> byTenant = new LinkedHashMap<>();
		IMPORTS.forEach((generated) -> byTenant.computeIfAbsent(generated.tenant().key(), (key) -> new ArrayList<>())
			.addAll(generated.rows().stream().map((row) -> withFormat(row, generated.plan().format())).toList()));
		byTenant.forEach((tenant, rows) -> {
			List<GeneratedRow> distinct = rows.stream()
				.filter((row) -> row.issue() != DataQualityIssue.DUPLICATE_ROW)
				.toList();
			assertThat(distinct.stream().map((row) -> row.fields().get("name")).toList()).as(tenant)
				.doesNotHaveDuplicates();
			// a malformed address is cut short, so two of them may read alike: only real
			// ones are unique
			assertThat(distinct.stream()
				.filter((row) -> row.issue() != DataQualityIssue.MALFORMED_IP)
				.map((row) -> row.fields().get("ip"))
				.toList()).as(tenant).doesNotHaveDuplicates();
			assertThat(distinct.stream()
				.filter((row) -> row.issue() != DataQualityIssue.MALFORMED_IP)
				.map((row) -> (String) row.fields().get("ip"))).allMatch(RowProblems::privateIpv4);
		});
	}

	@Test
	void hostnamesFollowTheNamingConvention() {
		for (GeneratedImport generated : IMPORTS) {
			String column = column(generated.plan().format(), AssetField.HOSTNAME);
			generated.rows()
				.stream()
				.map((row) -> (String) row.fields().get(column))
				.filter((hostname) -> hostname != null && !hostname.isEmpty())
				.forEach((hostname) -> assertThat(hostname.strip().toLowerCase())
					.matches(generated.tenant().demo() ? "demo(-[a-z0-9]+)+-(prod|stg|test|dev|dr)-\\d{2}"
							: "(dc1|dc2|aws)-(prd|stg|tst|dev|dr)-[a-z0-9]+(-[a-z0-9]+)*-\\d{2,3}"));
		}
	}

	@Test
	void theDemoAssetsAreTheOnesOfThePlatformTeamsNotes() {
		List<GeneratedRow> assets = new ArrayList<>();
		IMPORTS.stream()
			.filter((generated) -> generated.tenant().demo())
			.forEach((generated) -> generated.rows()
				.stream()
				.filter((row) -> row.role() == Role.ASSET)
				.forEach((row) -> assets.add(canonical(row, generated.plan().format()))));
		Map<String, Long> servers = assets.stream()
			.filter((row) -> row.kind().assetType().equals("server"))
			.collect(Collectors.groupingBy(
					(row) -> row.fields().get("os") + " "
							+ (row.kind() == AssetKind.SERVER_WINDOWS ? row.fields().get("version") : ""),
					Collectors.counting()));
		assertThat(servers).containsExactlyInAnyOrderEntriesOf(Map.of("Red Hat Enterprise Linux ", 12L,
				"Ubuntu Server ", 8L, "Windows Server 2016", 5L, "Windows Server 2019", 7L, "Windows Server 2022", 3L));
		List<Object> hosts = assets.stream().map((row) -> row.fields().get("hostname")).toList();
		assertThat(hosts).contains("demo-web-prod-01", "demo-web-prod-05", "demo-app-prod-01", "demo-app-prod-10",
				"demo-app-dev-01", "demo-app-dev-05", "demo-db-oracle-prod-01", "demo-db-mssql-prod-01",
				"demo-db-postgres-dev-01");
		assertThat(assets.stream().map((row) -> row.fields().get("name")).toList()).contains("CustomerPortal",
				"FinanceSystem", "HRManagement", "InventoryERP");
	}

	@Test
	void theSameSeedMakesTheSameRowsAndAnotherSeedOthers() {
		assertThat(InputRowGenerator.generate(CONTEXT, InputFormats::system)).isEqualTo(IMPORTS);
		List<GeneratedImport> other = InputRowGenerator.generate(new SeedContext(7, CONTEXT.asOf(), 1),
				InputFormats::system);
		assertThat(other.get(0).rows()).isNotEqualTo(IMPORTS.get(0).rows());
	}

	@Test
	void theDemoTenantIsTheSameAtEveryScale() {
		SeedContext scaled = new SeedContext(42, CONTEXT.asOf(), 3);
		assertThat(InputRowGenerator.generate(scaled, DemoPlans.of(scaled).demo(), InputFormats::system))
			.isEqualTo(InputRowGenerator.generate(CONTEXT, DemoPlans.of(CONTEXT).demo(), InputFormats::system));
	}

	@Test
	void atAHigherScaleTheOtherTenantsGrowAsPlanned() {
		SeedContext scaled = new SeedContext(42, CONTEXT.asOf(), 4);
		for (var tenant : DemoPlans.of(scaled).tenants()) {
			if (!tenant.demo()) {
				for (GeneratedImport generated : InputRowGenerator.generate(scaled, tenant, InputFormats::system)) {
					assertThat(generated.rows()).hasSize(generated.plan().totalRows());
					Set<Object> names = new HashSet<>();
					String name = column(generated.plan().format(), AssetField.NAME);
					generated.rows().forEach((row) -> assertThat(names.add(row.fields().get(name))).isTrue());
				}
			}
		}
	}

	@Test
	void atScaleNTheDatabaseHoldsAbout60NAssetsAnd180NRawRecordsInFilesOfBoundedSize() {
		for (int scale : new int[] { 1, 20, 250, 1000, 10_000 }) {
			List<ImportPlan> imports = DemoPlans.of(new SeedContext(42, CONTEXT.asOf(), scale))
				.tenants()
				.stream()
				.flatMap((tenant) -> tenant.imports().stream())
				.toList();
			int assets = imports.stream().mapToInt(ImportPlan::assetRows).sum();
			int records = imports.stream().mapToInt(ImportPlan::totalRows).sum();
			assertThat(assets).as("assets at scale " + scale).isBetween(60 * scale, 60 * scale + 60);
			assertThat(records).as("raw records at scale " + scale).isBetween(180 * scale - 30, 180 * scale + 160);
			assertThat(imports.stream().mapToInt(ImportPlan::totalRows).max().orElseThrow())
				.as("rows of the largest file at scale " + scale)
				.isLessThanOrEqualTo(5_000);
		}
	}

	private static int count(GeneratedImport generated, java.util.function.Predicate<GeneratedRow> predicate) {
		return (int) generated.rows().stream().filter(predicate).count();
	}

	/** The row with its name and address under format-independent keys. */
	private static GeneratedRow withFormat(GeneratedRow row, SourceFormat format) {
		Function<AssetField, Object> value = (field) -> row.fields().get(column(format, field));
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", value.apply(AssetField.NAME));
		fields.put("ip", value.apply(AssetField.IP_ADDRESS));
		return new GeneratedRow(row.recordIndex(), fields, row.role(), row.kind(), row.issue(), row.duplicateOf());
	}

	/**
	 * Name, host name, canonical OS and version of a row, whitespace and casing repaired.
	 */
	private static GeneratedRow canonical(GeneratedRow row, SourceFormat format) {
		Function<AssetField, String> value = (field) -> {
			Object v = row.fields().get(column(format, field));
			return (v != null) ? v.toString().strip() : null;
		};
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", value.apply(AssetField.NAME));
		fields.put("hostname", value.apply(AssetField.HOSTNAME));
		fields.put("os", Vocabulary.operatingSystem(value.apply(AssetField.OPERATING_SYSTEM)).orElse(null));
		fields.put("version", value.apply(AssetField.OS_VERSION));
		return new GeneratedRow(row.recordIndex(), fields, row.role(), row.kind(), row.issue(), row.duplicateOf());
	}

	private static String column(SourceFormat format, AssetField field) {
		return RowRenderer.column(format, field);
	}

}
