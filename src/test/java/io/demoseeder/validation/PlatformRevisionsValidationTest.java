package io.demoseeder.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seeded on the platform's own schema at each of its revisions
 * ({@code run --schema-from}) validates: no check fails, every {@code platform.*} check
 * (its logins, pages and one ORM-style row per table, driven by the target's catalog)
 * passes, and so does every page of the {@code pages} category, scoped as the platform
 * scopes them.
 */
@Execution(ExecutionMode.CONCURRENT)
class PlatformRevisionsValidationTest {

	private static final Path REVISIONS = Path.of("src/test/resources/platform-revisions");

	/**
	 * Checks a revision fails for a seeding defect outside the validation, each with its
	 * cause; remove the entry once the seeding is fixed (the run then exits 0 and this
	 * test says so). None today.
	 */
	private static final Map<String, List<String>> SEEDING_DEFECTS = Map.of();

	@TempDir
	static Path work;

	@ParameterizedTest
	@ValueSource(strings = { "9fc9cc6", "d1ae712f8" })
	void validatesOnThePlatformsSchema(String revision) throws Exception {
		DatabaseLocation target = TestDatabases.uniqueDatabase("platform_" + revision);
		Path schema = REVISIONS.resolve(revision).resolve("schema.sql").toAbsolutePath();
		List<String> defects = SEEDING_DEFECTS.getOrDefault(revision, List.of());
		CliRunner.Result result = CliRunner.run(target, work.resolve(revision), "--seed", "42", "--as-of", "2026-11-24",
				"--schema-from", schema.toString());
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(defects.isEmpty() ? 0 : 3);
		List<JsonNode> checks = report(work.resolve(revision)).get("checks").valueStream().toList();
		assertThat(named(checks, "FAILED", "")).as(revision).isEqualTo(defects);
		assertThat(named(checks, "", "platform.")).as(revision).isNotEmpty();
		assertThat(named(checks, "PASSED", "platform.")).as(revision)
			.containsAll(List.of("platform.login.demo@democorp.com", "platform.insert.assessments"))
			.hasSize(named(checks, "", "platform.").size() - defects.size());
		// the eight pages of the UI, none of them not applicable
		assertThat(named(checks, "PASSED", "pages.")).as(revision).hasSize(8).isEqualTo(named(checks, "", "pages."));
	}

	/**
	 * The names of the checks of {@code status} (any when empty) starting with a prefix.
	 */
	private static List<String> named(List<JsonNode> checks, String status, String prefix) {
		return checks.stream()
			.filter((check) -> status.isEmpty() || status.equals(check.get("status").asString()))
			.map((check) -> check.get("name").asString())
			.filter((name) -> name.startsWith(prefix))
			.toList();
	}

	/** The run's report: the one execution's folder under its report directory. */
	private static JsonNode report(Path runWork) throws Exception {
		try (Stream<Path> files = Files.walk(runWork.resolve("reports"))) {
			Path json = files.filter((file) -> file.endsWith("validation-report.json")).findFirst().orElseThrow();
			return JsonMapper.builder().build().readTree(Files.readString(json));
		}
	}

}
