package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/** Turns any failure into one line on stderr and the exit code documented for it. */
final class FailureReport {

	private FailureReport() {
	}

	/** A wrong command line, in the words of the options; exit 2. */
	static int usage(ParameterException ex, PrintStream err) {
		err.println("demo-seeder: " + usageProblem(ex) + " (see --help)");
		return ExitCodes.USAGE;
	}

	private static String usageProblem(ParameterException ex) {
		String command = ex.getCommandLine().getCommandName();
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String arg = unmatched.getUnmatched().get(0);
			if (ex.getCommandLine().getParent() == null) {
				return "unknown command '" + arg + "'";
			}
			return arg.startsWith("-") ? "unknown option " + arg.split("=", 2)[0] + " for " + command
					: "unexpected argument '" + arg + "' for " + command;
		}
		if (ex instanceof MissingParameterException missing
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			return ex.getMessage().startsWith("Missing required option")
					? command + " needs " + option.longestName() + " " + option.paramLabel()
					: option.longestName() + " needs a value " + option.paramLabel();
		}
		if (ex.getCause() instanceof TypeConversionException typed && ex.getArgSpec() instanceof OptionSpec option) {
			return option.longestName() + ": " + typed.getMessage();
		}
		return DatabaseLocation.mask(ex.getMessage());
	}

	/** Any failure of a command; the exit code documented for it. */
	static int report(Throwable failure, PrintStream err) {
		RefusedException refused = find(failure, RefusedException.class);
		if (refused != null) {
			err.println("demo-seeder: " + refused.getMessage());
			return ExitCodes.REFUSED;
		}
		JobFailedException jobFailed = find(failure, JobFailedException.class);
		if (jobFailed != null) {
			err.println("demo-seeder: " + DatabaseLocation.mask(jobFailed.getMessage()));
			return ExitCodes.JOB_FAILED;
		}
		String configuration = configurationProblem(failure);
		if (configuration != null) {
			err.println("demo-seeder: invalid configuration: " + configuration);
			return ExitCodes.USAGE;
		}
		err.println("demo-seeder: " + oneLine(rootCause(failure)));
		return ExitCodes.JOB_FAILED;
	}

	private static String configurationProblem(Throwable failure) {
		InvalidConfigurationException invalid = find(failure, InvalidConfigurationException.class);
		if (invalid != null) {
			return invalid.getMessage();
		}
		BindValidationException validation = find(failure, BindValidationException.class);
		if (validation != null) {
			return validation.getValidationErrors()
				.getAllErrors()
				.stream()
				.map((error) -> error.getCodes()[0].replaceFirst("^[^.]*\\.", "") + " " + error.getDefaultMessage())
				.reduce((a, b) -> a + "; " + b)
				.orElse(validation.getMessage());
		}
		BindException bind = find(failure, BindException.class);
		if (bind != null) {
			return "property '" + bind.getName() + "': " + oneLine(rootCause(bind));
		}
		return null;
	}

	/**
	 * One line for a job execution that did not complete: which execution, which step,
	 * and the most telling cause (our own exceptions name the file or item; otherwise the
	 * innermost, e.g. the server's message).
	 */
	static String describe(JobExecution execution) {
		StepExecution step = failedStep(execution);
		List<Throwable> failures = (step != null) ? step.getFailureExceptions() : execution.getAllFailureExceptions();
		String verb = (execution.getStatus() == BatchStatus.STOPPED) ? "stopped" : "failed";
		String where = (step != null) ? " in step " + step.getStepName() : "";
		String what = failures.isEmpty() ? "" : ": " + oneLine(mostTelling(failures.get(0)));
		return "execution " + execution.getId() + " " + verb + where + what + " (the next run resumes it)";
	}

	/** The first step that failed, a partition rather than its manager. */
	private static StepExecution failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> !step.getFailureExceptions().isEmpty() || step.getStatus() == BatchStatus.STOPPED)
			.min(Comparator.comparing((StepExecution step) -> !step.getStepName().contains(":"))
				.thenComparing(StepExecution::getId))
			.orElse(null);
	}

	private static Throwable mostTelling(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().startsWith("io.demoseeder.")) {
				return cause;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return rootCause(failure);
	}

	static String oneLine(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			message = failure.getClass().getSimpleName();
		}
		return DatabaseLocation.mask(ExecutionSummary.firstLine(message));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
