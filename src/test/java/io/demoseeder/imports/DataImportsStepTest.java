package io.demoseeder.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.rawrecords.PlanRows;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepLauncher;
import io.demoseeder.support.StepTestDatabase;
import io.demoseeder.support.TargetTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-imports step on a real database, after the core and flow steps, with small
 * stand-ins for the generated input files.
 */
@SeederStepTest
class DataImportsStepTest {

	@Autowired
	private StepLauncher steps;

	@Autowired
	@Qualifier("discoveryFlowsStep")
	private Step discoveryFlowsStep;

	@Autowired
	@Qualifier("dataImportsStep")
	private Step step;

	@BeforeEach
	void flowsAndInputFiles() {
		InputFiles.write(StepTestDatabase.inputDir());
		TargetTables.truncate(List.of("data_imports", "discovery_flows", "crewai_flow_state_extensions"));
		// the core step's rows, as a fixture: once per class is enough
		if (TargetTables.count("users") == 0) {
			PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		}
		this.steps.run(this.discoveryFlowsStep);
	}

	@Test
	void describesEveryImportByItsFile() throws IOException {
		assertThat(this.steps.run(this.step).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// DemoCorp's three, a CMDB export and a cloud inventory per other tenant
		assertThat(TargetTables.count("data_imports")).isEqualTo(7);
		EntityIds ids = new EntityIds(StepLauncher.CONTEXT);
		for (TenantPlan tenant : DemoPlans.of(StepLauncher.CONTEXT).tenants()) {
			for (ImportPlan plan : tenant.imports()) {
				Map<String, Object> row = jdbc().queryForMap("""
						SELECT filename, file_size, mime_type, import_type, total_records, master_flow_id,
						    imported_by, client_account_id, description, progress_percentage, error_details
						FROM migration.data_imports WHERE id = ?
						""", ids.dataImport(tenant.key(), plan.key()));
				assertThat(row.get("filename")).isEqualTo(plan.format().fileName());
				assertThat(row.get("file_size"))
					.isEqualTo(Files.size(StepTestDatabase.inputDir().resolve(plan.relativePath())));
				assertThat(row.get("mime_type")).isEqualTo(plan.format().mimeType());
				assertThat(row.get("import_type")).isEqualTo(plan.format().importType());
				assertThat(row.get("total_records")).isEqualTo(plan.totalRows());
				assertThat(row.get("master_flow_id")).isEqualTo(ids.masterFlow(tenant.key(), plan.flowKey()));
				assertThat((String) row.get("description")).contains(plan.sourceSystem())
					.contains(String.valueOf(plan.totalRows()));
				assertThat(row.get("error_details")).isNull();
				assertThat(row.get("imported_by")).isEqualTo(ids.user(plan.importedBy()));
				assertThat(row.get("client_account_id")).isEqualTo(ids.clientAccount(tenant.key()));
			}
		}
	}

	@Test
	void demoCorpHasTheContractsImports() {
		this.steps.run(this.step);
		List<String> imports = jdbc().queryForList("""
				SELECT i.filename || ' ' || i.status || ' ' || (i.completed_at IS NOT NULL)
				FROM migration.data_imports i JOIN migration.client_accounts a ON a.id = i.client_account_id
				WHERE a.slug = 'democorp' ORDER BY i.started_at
				""", String.class);
		assertThat(imports).containsExactly("cmdb_export.csv completed true", "cloud_inventory.json completed true",
				"manual_asset_list.xlsx processing false");
		// the platform's ImportType values, and how far each import got: the processing
		// one
		// through the first half of its file
		assertThat(jdbc().queryForList("""
				SELECT i.import_type || ' ' || CASE WHEN i.status = 'processing'
				    THEN (i.progress_percentage = round(100.0 * (i.total_records / 2) / i.total_records, 1))::text
				    ELSE i.progress_percentage::text END
				FROM migration.data_imports i JOIN migration.client_accounts a ON a.id = i.client_account_id
				WHERE a.slug = 'democorp' ORDER BY i.started_at
				""", String.class)).containsExactly("cmdb 100", "asset_inventory 100", "asset_inventory true");
	}

	@Test
	void linksEveryFlowThatReadAnImportAndDatesTheImportByThatPhase() {
		this.steps.run(this.step);
		// four DemoCorp flows read an import, the failed scan did not; one flow per other
		// tenant
		assertThat(jdbc().queryForObject("SELECT count(*) FROM migration.discovery_flows WHERE data_import_id IS NULL",
				Integer.class))
			.isOne();
		assertThat(jdbc().queryForObject(
				"""
						SELECT count(*) FROM migration.discovery_flows f JOIN migration.data_imports i ON i.id = f.data_import_id
						WHERE i.engagement_id = f.engagement_id
						""",
				Integer.class))
			.isEqualTo(8);
		// the import ran in the data_import phase of the flow it belongs to
		assertThat(jdbc().queryForObject("""
				SELECT count(*) FROM migration.data_imports i
				JOIN migration.crewai_flow_state_extensions m ON m.id = i.master_flow_id
				WHERE (m.phase_execution_times -> 'data_import' ->> 'started_at')::timestamptz = i.started_at
				""", Integer.class)).isEqualTo(7);
	}

	@Test
	void aMissingInputFileFailsTheStepNamingTheFile() throws IOException {
		Files.delete(StepTestDatabase.inputDir().resolve("cloud_inventory.json"));
		StepExecution execution = this.steps.run(this.step);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getExitStatus().getExitDescription()).contains("input file missing")
			.contains("cloud_inventory.json");
	}

	@Test
	void theSameSeedGivesIdenticalRowsAndRerunningWritesNothingTwice() {
		this.steps.run(this.step);
		List<String> first = checksums();
		this.steps.run(this.step);
		assertThat(checksums()).isEqualTo(first);
		TargetTables.truncateAll();
		PlanRows.insertTenants(TargetTables.jdbc(), StepLauncher.CONTEXT);
		this.steps.run(this.discoveryFlowsStep);
		this.steps.run(this.step);
		assertThat(checksums()).isEqualTo(first);
	}

	static List<String> checksums() {
		return List.of(TargetTables.checksum("data_imports"), TargetTables.checksum("discovery_flows"));
	}

	private static JdbcTemplate jdbc() {
		return TargetTables.jdbc();
	}

}
