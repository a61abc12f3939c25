package io.demoseeder.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.job.SeedDemoJobConfiguration;
import io.demoseeder.operations.RunLocks;

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

	private final RunLocks runLocks;

	StatusCommand(JobRepository jobRepository, RunLocks runLocks) {
		this.jobRepository = jobRepository;
		this.runLocks = runLocks;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) throws SQLException {
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
		boolean interrupted = executions.stream().anyMatch((execution) -> execution.getStatus().isRunning())
				&& this.runLocks.isFree();
		executions.forEach((execution) -> print(out, execution, interrupted));
		return ExitCodes.SUCCESS;
	}

	/**
	 * A running execution nobody holds the run lock for belongs to a killed process:
	 * shown as INTERRUPTED, which the next {@code run} recovers and resumes.
	 */
	private static void print(PrintStream out, JobExecution execution, boolean lockFree) {
		if (!lockFree || !execution.getStatus().isRunning()) {
			ExecutionSummary.print(out, execution);
			return;
		}
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		ExecutionSummary.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), execution);
		String summary = buffer.toString(StandardCharsets.UTF_8);
		String status = ") " + execution.getStatus() + " ";
		out.print(summary.replaceFirst(Pattern.quote(status), Matcher.quoteReplacement(") INTERRUPTED ")));
		out.println("    interrupted: no live process holds it; the next 'run' recovers and resumes it");
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
