package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import io.demoseeder.job.SeedDemoJobConfiguration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * {@code status}: the most recent executions of the job, newest first, with their steps.
 */
@Component
class StatusCommand implements SeederCommand {

	private static final int DEFAULT_LIMIT = 10;

	private final JobRepository jobRepository;

	StatusCommand(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) {
		int limit = limit(commandLine);
		List<JobExecution> executions = this.jobRepository.getJobInstances(SeedDemoJobConfiguration.JOB_NAME, 0, limit)
			.stream()
			.flatMap((instance) -> this.jobRepository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparing(JobExecution::getId).reversed())
			.limit(limit)
			.toList();
		if (executions.isEmpty()) {
			out.println("No executions of " + SeedDemoJobConfiguration.JOB_NAME + " yet.");
		}
		executions.forEach((execution) -> ExecutionSummary.print(out, execution));
		return ExitCodes.SUCCESS;
	}

	private static int limit(CommandLine commandLine) {
		if (!commandLine.has(CliOption.LIMIT)) {
			return DEFAULT_LIMIT;
		}
		try {
			return Integer.parseInt(commandLine.value(CliOption.LIMIT));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--limit takes a whole number, not '" + commandLine.value(CliOption.LIMIT) + "'");
		}
	}

}
