package io.demoseeder.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.cli.CliRunner;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.ExitCodes;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole runs on the platform's schema of the seed's revision changed by one kind of drift
 * each, as the platform's next migration might change it: the run's outcome, the line of
 * the run's "Schema" note that says it, and the rows it made.
 */
@Execution(ExecutionMode.CONCURRENT)
class SchemaDriftRunTest {

	private static final String REVISION = "/platform-revisions/9fc9cc6/schema.sql";

	@TempDir
	Path work;

	@Test
	void newNotNullColumnsWithoutDefaultAreFilledByRule() throws IOException {
		Run run = run(
				"""
						CREATE TYPE migration.tier AS ENUM ('gold', 'silver');
						ALTER TABLE migration.users ADD COLUMN is_admin boolean NOT NULL;
						ALTER TABLE migration.discovery_flows ADD COLUMN retries integer NOT NULL CHECK (retries >= 3);
						ALTER TABLE migration.data_imports ADD COLUMN channel varchar(20) NOT NULL CHECK (channel IN ('upload', 'api'));
						ALTER TABLE migration.raw_import_records ADD COLUMN tier migration.tier NOT NULL;
						ALTER TABLE migration.import_field_mappings ADD COLUMN hints jsonb NOT NULL;
						ALTER TABLE migration.migration_waves ADD COLUMN frozen_at timestamptz NOT NULL;
						ALTER TABLE migration.assets ADD COLUMN owner_account uuid NOT NULL REFERENCES migration.client_accounts (id);
						ALTER TABLE migration.asset_dependencies ADD COLUMN weight smallint NOT NULL CHECK (weight BETWEEN 1 AND 5);
						ALTER TABLE migration.assessments ADD COLUMN review_state text NOT NULL CHECK (review_state IN ('open', 'closed'));
						ALTER TABLE migration.crewai_flow_state_extensions ADD COLUMN engagement_ref uuid NOT NULL
						    REFERENCES migration.engagements (id);
						""");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run.result.out()).contains("users.is_admin (bool, NOT NULL, no default): filled with false",
				"discovery_flows.retries (int4, NOT NULL, no default): filled with 0 within the CHECK's bounds",
				"data_imports.channel (varchar, NOT NULL, no default): filled with the first allowed value",
				"raw_import_records.tier (tier, NOT NULL, no default): filled with the first allowed value",
				"import_field_mappings.hints (jsonb, NOT NULL, no default): filled with {}",
				"migration_waves.frozen_at (timestamptz, NOT NULL, no default): filled with the as-of date",
				"assets.owner_account (uuid, NOT NULL, no default): filled with its row's client_account_id",
				"asset_dependencies.weight (int2, NOT NULL, no default): filled with 0 within the CHECK's bounds",
				"assessments.review_state (text, NOT NULL, no default): filled with the first allowed value",
				"crewai_flow_state_extensions.engagement_ref (uuid, NOT NULL, no default): filled with its row's engagement_id");
		assertThat(run.count("SELECT count(*) FROM migration.discovery_flows WHERE retries <> 3")).isZero();
		assertThat(run.count("SELECT count(*) FROM migration.data_imports WHERE channel <> 'upload'")).isZero();
		assertThat(run.count("SELECT count(*) FROM migration.assets WHERE owner_account <> client_account_id"))
			.isZero();
		assertThat(run.count("SELECT count(*) FROM migration.migration_waves WHERE frozen_at <> '2026-11-24'"))
			.isZero();
		assertThat(run.count("SELECT count(*) FROM migration.asset_dependencies WHERE weight <> 1")).isZero();
		assertThat(run.count("SELECT count(*) FROM migration.assessments WHERE review_state <> 'open'")).isZero();
	}

	@Test
	void knownColumnDroppedIsLeftOut() throws IOException {
		Run run = run("ALTER TABLE migration.assets DROP COLUMN fqdn;");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run.result.out())
			.contains("assets: known column(s) absent, left out: asset_subtype, migration_wave_id, fqdn");
	}

	@Test
	void tableDroppedIsSaidAndSkipped() throws IOException {
		Run run = run("DROP TABLE migration.asset_dependencies CASCADE;");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run.result.out()).contains("asset_dependencies: not in the target, its rows left out");
	}

	@Test
	void valueInAnotherCaseIsMapped() throws IOException {
		Run run = run("""
				ALTER TABLE migration.assets ADD CONSTRAINT assets_tier_check
				    CHECK (criticality IN ('Critical', 'High', 'Medium', 'Low'));
				""");
		// the seeding maps, and the platform's own metadata edit writes the word as the
		// target spells it
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.SUCCESS);
		long high = run.count("SELECT count(*) FROM migration.assets WHERE criticality = 'High'");
		assertThat(high).isPositive();
		assertThat(run.result.out()).contains("assets.criticality: 'high' mapped to 'High' (" + high + " row(s))");
		assertThat(run.count("SELECT count(*) FROM migration.assets WHERE criticality = 'high'")).isZero();
	}

	@Test
	void valueWithoutMappingStopsTheRun() throws IOException {
		Run run = run("""
				ALTER TABLE migration.assets ADD CONSTRAINT assets_tier_check CHECK (criticality IN ('tier1', 'tier2'));
				""");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.result.err()).hasLineCount(1)
			.contains("the target does not allow assets.criticality '", "(allowed: tier1, tier2)");
		assertThat(run.count("SELECT count(*) FROM migration.assets")).isZero();
	}

	@Test
	void wordRefusedAfterTheFirstRowsStopsTheRunBeforeTheTable() throws IOException {
		// the demo's last environment: before the fit was checked up front, the chunks
		// before its first row were written
		Run run = run("""
				ALTER TABLE migration.assets ADD CONSTRAINT assets_environment_check
				    CHECK (environment IN ('production', 'staging', 'test', 'development'));
				""");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.USAGE);
		assertThat(run.result.err()).hasLineCount(1)
			.contains("the target does not allow assets.environment 'disaster_recovery'");
		assertThat(run.count("SELECT count(*) FROM migration.assets")).isZero();
	}

	@Test
	void keyRepointedAtAnotherUniqueColumnCarriesItsValue() throws IOException {
		Run run = run("""
				ALTER TABLE migration.data_imports DROP CONSTRAINT data_imports_master_flow_id_fkey;
				ALTER TABLE migration.data_imports ADD CONSTRAINT data_imports_master_flow_id_fkey
				    FOREIGN KEY (master_flow_id) REFERENCES migration.crewai_flow_state_extensions (flow_id);
				""");
		assertThat(run.result.exitCode()).as(run.result.toString()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run.count("""
				SELECT count(*) FROM migration.data_imports i
				JOIN migration.crewai_flow_state_extensions c ON c.flow_id = i.master_flow_id""")).isEqualTo(7);
		assertThat(run.result.out()).contains("data_imports.master_flow_id: its key points at "
				+ "crewai_flow_state_extensions.flow_id, not at the parent's id");
	}

	/** A run on the revision's schema with {@code change} applied after it. */
	private Run run(String change) throws IOException {
		String schema;
		try (InputStream in = getClass().getResourceAsStream(REVISION)) {
			schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path file = Files.writeString(this.work.resolve("schema.sql"), schema + "\n" + change);
		DatabaseLocation target = TestDatabases.uniqueDatabase("drift");
		CliRunner.Result result = CliRunner.run(target, this.work, "--schema-from", file.toString(), "--seed", "42",
				"--as-of", "2026-11-24");
		return new Run(result, new JdbcTemplate(target.dataSource()));
	}

	private record Run(CliRunner.Result result, JdbcTemplate jdbc) {

		long count(String sql) {
			Long count = this.jdbc.queryForObject(sql, Long.class);
			return (count != null) ? count : 0;
		}

	}

}
