package io.demoseeder.operations;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaSource;
import io.demoseeder.migrate.SchemaSourceCheck;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.TargetDatabase;
import io.demoseeder.job.SeedDemoJobConfiguration;
import io.demoseeder.plan.KeptImport;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SeedParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The executions of the seed-demo job: {@link #startOrResume} resumes the last one when
 * it failed or was stopped with the same seed and scale (unless asked for a fresh run),
 * otherwise starts a new job instance. The caller holds the run lock.
 */
@Component
public class SeedRuns {

	private final Job seedDemoJob;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunRecovery recovery;

	private final TargetDatabase targetDatabase;

	private final SeederProperties properties;

	private final Clock clock;

	private final KeptImports keptImports;

	SeedRuns(Job seedDemoJob, JobOperator jobOperator, JobRepository jobRepository, RunRecovery recovery,
			TargetDatabase targetDatabase, SeederProperties properties, Clock clock, KeptImports keptImports) {
		this.seedDemoJob = seedDemoJob;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.recovery = recovery;
		this.targetDatabase = targetDatabase;
		this.properties = properties;
		this.clock = clock;
		this.keptImports = keptImports;
	}

	/** Runs the job to its end; the execution, settled whatever happened to it. */
	public JobExecution startOrResume(boolean fresh, PrintStream out) throws Exception {
		Activity.doing("reading the last execution from the job repository");
		JobExecution last = this.recovery.recoverInterrupted(lastExecution(), out);
		boolean resume = !fresh && resumable(last);
		try {
			return this.recovery.settle(resume ? resume(last, out) : startNew(last, out));
		}
		catch (Exception ex) {
			settleAfter(ex);
			throw ex;
		}
	}

	/** The most recent executions, newest first. */
	public List<JobExecution> recent(int limit) {
		return this.jobRepository.getJobInstances(SeedDemoJobConfiguration.JOB_NAME, 0, limit)
			.stream()
			.flatMap((instance) -> this.jobRepository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparing(JobExecution::getId).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * When the job repository itself fails under the job (the server goes away while a
	 * step records its end), Batch throws instead of returning an execution, and steps
	 * can stay STARTED. We hold the lock and the partition handler has waited for every
	 * partition (steps.AwaitingPartitionHandler), so nothing of the execution runs any
	 * more: it is settled now, not only by the next run.
	 */
	private void settleAfter(Exception ex) {
		try {
			JobExecution last = lastExecution();
			if (last != null) {
				this.recovery.settle(last);
			}
		}
		catch (RuntimeException again) { // the server is still away: the next run settles
											// it
			ex.addSuppressed(again);
		}
	}

	private JobExecution resume(JobExecution last, PrintStream out) throws Exception {
		out.printf("Resuming %s execution %d (%s)%n", last.getStatus(), last.getId(),
				SeedParameters.of(last.getJobParameters()));
		return this.jobOperator.restart(last);
	}

	private JobExecution startNew(JobExecution last, PrintStream out) throws Exception {
		long runId = (last != null) ? SeedParameters.of(last.getJobParameters()).runId() + 1 : 1;
		SeedParameters parameters = new SeedParameters(runId, this.properties.seed(), asOf(), this.properties.scale());
		out.printf("Starting a new run of %s on %s (%s)%n", SeedDemoJobConfiguration.JOB_NAME,
				this.targetDatabase.location().jdbcUrl(), parameters);
		return this.jobOperator.start(this.seedDemoJob, jobParameters(parameters, out));
	}

	/**
	 * With {@code --schema-from}, the source, checked now (before anything is dropped);
	 * with {@code --keep-additions}, the kept imports too, settled now.
	 */
	private JobParameters jobParameters(SeedParameters parameters, PrintStream out) {
		JobParameters jobParameters = withSchemaSource(parameters.toJobParameters(), out);
		if (!this.properties.keepAdditions()) {
			return jobParameters;
		}
		List<KeptImport> kept = this.keptImports
			.resolve(new SeedContext(parameters.seed(), parameters.asOf(), parameters.scale()), out);
		return new JobParametersBuilder(jobParameters).addString(KeptImport.PARAMETER, KeptImport.toParameter(kept))
			.toJobParameters();
	}

	private JobParameters withSchemaSource(JobParameters jobParameters, PrintStream out) {
		SeederProperties.Schema schema = this.properties.schema();
		if (schema.builtIn()) {
			return jobParameters;
		}
		SchemaSource source = new SchemaSource(schema.from(), this.properties.db().user(),
				this.properties.db().password());
		String sha256 = SchemaSource.sha256(SchemaSourceCheck.check(source, this.targetDatabase.location()));
		out.printf("Schema from %s (sha256 %s)%n", DatabaseLocation.mask(schema.from()), sha256);
		return new JobParametersBuilder(jobParameters).addString(SchemaSource.PARAMETER, schema.from(), false)
			.addString(SchemaSource.SHA_PARAMETER, sha256, false)
			.toJobParameters();
	}

	private boolean resumable(JobExecution last) {
		if (last == null || (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED)) {
			return false;
		}
		SeedParameters previous = SeedParameters.of(last.getJobParameters());
		boolean keeping = last.getJobParameters().getString(KeptImport.PARAMETER) != null;
		return previous.seed() == this.properties.seed() && previous.scale() == this.properties.scale()
				&& keeping == this.properties.keepAdditions()
				&& Objects.equals(last.getJobParameters().getString(SchemaSource.PARAMETER), schemaFrom())
				&& (this.properties.asOf() == null || this.properties.asOf().equals(previous.asOf()));
	}

	private String schemaFrom() {
		return this.properties.schema().builtIn() ? null : this.properties.schema().from();
	}

	private LocalDate asOf() {
		return (this.properties.asOf() != null) ? this.properties.asOf() : LocalDate.now(this.clock);
	}

	private JobExecution lastExecution() {
		JobInstance instance = this.jobRepository.getLastJobInstance(SeedDemoJobConfiguration.JOB_NAME);
		return (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
	}

}
