package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.operations.FailureMessages;
import io.demoseeder.operations.JobFailedException;
import io.demoseeder.operations.SeedRun;
import io.demoseeder.validation.ValidationFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/** {@code run}: see {@link SeedRun}; the job's outcome as the exit code. */
@Command(name = "run", description = "Back up, reset, migrate and seed the target database (resumes a failed run)")
@SeederCommand.Target(embeddedServer = true, drops = "reset", warmUp = true)
class RunCommand extends SeederCommand {

	@Property("seeder.fail-at")
	@Option(names = "--fail-at", paramLabel = "STEP[:ITEMS]", converter = Converters.FailAt.class,
			description = "Make STEP fail at its start or after ITEMS written items (to rehearse a relaunch)")
	String failAt;

	@Mixin
	DemoOptions demo;

	@Mixin
	RefreshDirectories directories;

	@Mixin
	AsOfOption asOf;

	@Mixin
	SafetyOptions safety;

	@Option(names = "--fresh",
			description = "Start a new run even when the last one failed or was stopped (default: resume it)")
	boolean fresh;

	@Option(names = "--keep-running", description = "With the embedded database: keep it up after the run until Ctrl-C")
	boolean keepRunning;

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		return exitCode(context.getBean(SeedRun.class).run(this.fresh, this.keepRunning, out), out);
	}

	/**
	 * 0, or 3 with the failed checks when only the validation failed; otherwise the
	 * failure's one line (which step, what) for the CLI to print, and exit 1.
	 */
	private static int exitCode(JobExecution execution, PrintStream out) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitCodes.SUCCESS;
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			if (failure instanceof ValidationFailedException validation) {
				out.println(validation.getMessage());
				return ExitCodes.VALIDATION_FAILED;
			}
		}
		throw new JobFailedException(FailureMessages.describe(execution));
	}

}
