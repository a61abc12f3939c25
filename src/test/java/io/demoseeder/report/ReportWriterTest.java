package io.demoseeder.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.ValidationReport;
import io.demoseeder.validation.ValidationReport.Charts;
import io.demoseeder.validation.ValidationReport.DependencyGraph;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Edge;
import io.demoseeder.validation.ValidationReport.DependencyGraph.Node;
import io.demoseeder.validation.ValidationReport.StepSummary;
import io.demoseeder.validation.ValidationReport.TableSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void writesTheJsonWithTheDocumentedKeysInOrder() throws Exception {
		ReportFiles files = new ReportWriter(this.mapper).write(report(), this.temp.resolve("new/dir"));
		assertThat(files.json()).isEqualTo(this.temp.resolve("new/dir/validation-report.json"));
		JsonNode json = this.mapper.readTree(files.json().toFile());
		assertThat(names(json)).containsExactly("status", "database", "generatedAt", "executionId", "parameters",
				"checks", "tables", "steps", "charts");
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
		assertThat(Files.readString(files.json())).contains("\n  \"database\"");
		assertThat(Files.list(files.directory())).noneMatch((file) -> file.toString().endsWith(".tmp"));
	}

	@Test
	void markdownListsTheFailedCheckFirst() throws Exception {
		ReportFiles files = new ReportWriter(this.mapper).write(report(), this.temp);
		String markdown = Files.readString(files.markdown());
		assertThat(markdown).startsWith("# Demo validation: FAILED\n\n5 checks, 1 failed");
		assertThat(markdown.indexOf("foreign-keys.orphans.assets.migration_wave_id"))
			.isLessThan(markdown.indexOf("rows.demo.assets"));
		assertThat(markdown).contains("## Failed checks", "### row-counts", "### foreign-keys",
				"| `migration.assets` | 60 | `0123456789ab` |", "| `assets` | COMPLETED | 60 | 60 | 0 | 1840 ms |",
				"a \\| b");
	}

	@Test
	void htmlIsSelfContainedAndEscaped() throws Exception {
		ReportFiles files = new ReportWriter(this.mapper).write(report(), this.temp);
		String html = Files.readString(files.html());
		assertThat(html).doesNotContain("<script", "http://", "https://", "<link")
			.contains("&lt;b&gt;", "chart-asset-mix", "chart-dependency-graph")
			.doesNotContain("<b>");
	}

	@Test
	void missingSeriesDrawNoData() throws Exception {
		ValidationReport full = report();
		ValidationReport empty = new ValidationReport(ValidationReport.PASSED, "demo", "2026-11-24T00:00:00Z", null,
				Map.of(), List.of(), List.of(), List.of(), new Charts(Map.of("assetMix", Map.of()), null));
		String html = Files.readString(new ReportWriter(this.mapper).write(empty, this.temp).html());
		assertThat(html.split("no data", -1)).hasSize(6);
		assertThat(full.failedChecks()).hasSize(1);
	}

	@Test
	void rendersInHeadlessChromium() throws Exception {
		ReportFiles files = new ReportWriter(this.mapper).write(report(), this.temp.resolve("report"));
		HeadlessChromium chromium = new HeadlessChromium(this.temp.resolve("profile"));
		HeadlessChromium.Result dom = chromium.run("--dump-dom", files.html().toUri().toString());
		assertThat(dom.exitCode()).isZero();
		for (String id : List.of("chart-asset-mix", "chart-server-os", "chart-flow-status", "chart-step-timings",
				"chart-dependency-graph")) {
			assertThat(dom.stdout()).contains("<svg id=\"" + id + "\"");
		}
		assertThat(dom.stdout().split("<svg ", -1)).hasSize(6);
		assertThat(dom.consoleErrors()).isEmpty();
		Path png = this.temp.resolve("screenshot.png");
		HeadlessChromium.Result shot = chromium.run("--screenshot=" + png, "--window-size=1280,2400",
				files.html().toUri().toString());
		assertThat(shot.consoleErrors()).isEmpty();
		assertThat(png).exists();
		assertThat(Files.size(png)).isGreaterThan(10_000);
		Files.createDirectories(Path.of("target"));
		Files.copy(png, Path.of("target/validation-report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
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
				CheckResult.passed("pages.asset-inventory", "pages", 60, "> 0"));
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
				checks, tables, steps, new Charts(series, graph()));
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
