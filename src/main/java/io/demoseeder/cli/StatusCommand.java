package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.List;

import io.demoseeder.job.SeedDemoJobConfiguration;
import io.demoseeder.operations.RunLocks;
import io.demoseeder.operations.SeedRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/**
 * {@code status}: the most recent executions of the job, newest first, with their steps.
 * A running execution nobody holds the run lock for belongs to a killed process: shown as
 * INTERRUPTED, which the next {@code run} recovers and resumes.
 */
@Command(name = "status", description = "Show recent executions of the seed-demo job and their steps")
@SeederCommand.Target
class StatusCommand extends SeederCommand {

	@Option(names = "--limit", paramLabel = "N", converter = Converters.Count.class,
			description = "How many recent executions to show (default 10)")
	long limit = 10;

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		List<JobExecution> executions = context.getBean(SeedRuns.class).recent((int) this.limit);
		if (executions.isEmpty()) {
			out.println("No executions of " + SeedDemoJobConfiguration.JOB_NAME + " yet.");
		}
		boolean interrupted = executions.stream().anyMatch((execution) -> execution.getStatus().isRunning())
				&& context.getBean(RunLocks.class).isFree();
		for (JobExecution execution : executions) {
			if (interrupted && execution.getStatus().isRunning()) {
				ExecutionSummary.print(out, execution, "INTERRUPTED");
				out.println("    interrupted: no live process holds it; the next 'run' recovers and resumes it");
			}
			else {
				ExecutionSummary.print(out, execution);
			}
		}
		return ExitCodes.SUCCESS;
	}

}
