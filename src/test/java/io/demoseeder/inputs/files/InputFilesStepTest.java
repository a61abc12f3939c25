package io.demoseeder.inputs.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SeedParameters;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.support.SeederStepTest;
import io.demoseeder.support.StepExecutions;
import io.demoseeder.support.StepTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step in a Spring Batch run: it fills the input directory, and a second run keeps
 * what is already there.
 */
@SeederStepTest
class InputFilesStepTest {

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("generateInputFilesStep")
	private Step step;

	@Test
	void generatesEveryFileThenKeepsAnExistingOneOnTheNextRun() throws Exception {
		StepExecution first = run(1).get(0);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(first.getWriteCount()).isEqualTo(7);
		assertThat(first.getExecutionContext().getString(InputFilesStepConfiguration.INPUT_DIRECTORY_KEY))
			.isEqualTo(StepTestDatabase.inputDir().toAbsolutePath().toString());
		InputManifest manifest = InputManifest.read(StepTestDatabase.inputDir());
		assertThat(manifest.files()).hasSize(7);
		// the manual list holds as many rows as the demo's plan gives it
		int planned = DemoPlans.of(new SeedContext(42, LocalDate.of(2026, 11, 24), 1))
			.tenants()
			.stream()
			.filter((tenant) -> tenant.demo())
			.flatMap((tenant) -> tenant.imports().stream())
			.filter((plan) -> plan.format() == SourceFormat.MANUAL_XLSX)
			.mapToInt((plan) -> plan.totalRows())
			.sum();
		assertThat(manifest.file(SourceFormat.MANUAL_XLSX.fileName()).orElseThrow().rows()).isEqualTo(planned);

		// a user edits the CMDB export by hand: the next run must not overwrite it
		Path cmdb = StepTestDatabase.inputDir().resolve(SourceFormat.CMDB_CSV.fileName());
		String edited = Files.readString(cmdb).replace("Production", "Live");
		Files.writeString(cmdb, edited);
		Path cloud = StepTestDatabase.inputDir().resolve(SourceFormat.CLOUD_JSON.fileName());
		byte[] cloudBefore = Files.readAllBytes(cloud);
		Files.delete(StepTestDatabase.inputDir().resolve("tenants/globex-logistics/cmdb_export.csv"));

		StepExecution second = run(2).get(0);
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.getWriteCount()).isOne();
		assertThat(Files.readString(cmdb)).isEqualTo(edited);
		assertThat(Files.readAllBytes(cloud)).isEqualTo(cloudBefore);
		assertThat(StepTestDatabase.inputDir().resolve("tenants/globex-logistics/cmdb_export.csv")).exists();
		assertThat(InputManifest.read(StepTestDatabase.inputDir())
			.file(SourceFormat.CMDB_CSV.fileName())
			.orElseThrow()
			.sha256()).isEqualTo(InputFiles.sha256(cmdb))
			.isNotEqualTo(manifest.file(SourceFormat.CMDB_CSV.fileName()).orElseThrow().sha256());
	}

	/**
	 * The step's one execution, in a list: {@code @SpringBatchTest} would take a method
	 * returning a step or job execution for a factory of its scopes.
	 */
	private List<StepExecution> run(long runId) throws Exception {
		JobExecution execution = this.jobOperatorTestUtils.startStep(this.step,
				new SeedParameters(runId, 42, LocalDate.of(2026, 11, 24), 1).toJobParameters(), new ExecutionContext());
		return List.of(StepExecutions.only(execution));
	}

}
