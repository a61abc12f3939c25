package io.demoseeder.operations;

import java.nio.file.FileSystemException;
import java.util.Comparator;
import java.util.List;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/**
 * A failure in one line an operator can act on, with every password masked: of a job
 * execution that did not complete, of a configuration Spring refused, of any exception.
 */
public final class FailureMessages {

	private FailureMessages() {
	}

	/**
	 * One line for a job execution that did not complete: which execution, which step,
	 * and the most telling cause (our own exceptions name the file or item; otherwise the
	 * innermost, e.g. the server's message).
	 */
	public static String describe(JobExecution execution) {
		StepExecution step = failedStep(execution);
		List<Throwable> failures = (step != null) ? step.getFailureExceptions() : execution.getAllFailureExceptions();
		String verb = (execution.getStatus() == BatchStatus.STOPPED) ? "stopped" : "failed";
		String where = (step != null) ? " in step " + step.getStepName() : "";
		String on = Activity.where().isEmpty() ? "" : ", " + Activity.where();
		String what = failures.isEmpty() ? "" : ": " + oneLine(mostTelling(failures.get(0)));
		return "execution " + execution.getId() + " " + verb + where + on + what + " (the next run resumes it)";
	}

	/**
	 * What is wrong with the configuration, when {@code failure} comes of it (our own
	 * check, or Spring's binding or validation of the properties); null otherwise.
	 */
	public static String configurationProblem(Throwable failure) {
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

	/** The first line of the message, or the type when there is none; masked. */
	public static String oneLine(Throwable failure) {
		if (failure instanceof FileSystemException file) {
			return DatabaseLocation.mask(fileProblem(file));
		}
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			message = failure.getClass().getSimpleName();
		}
		return DatabaseLocation.mask(ExecutionSummary.firstLine(message));
	}

	/**
	 * A file system exception's message is often the path alone: the kind of problem
	 * ({@code NoSuchFileException}: "no such file") said with it.
	 */
	private static String fileProblem(FileSystemException failure) {
		String reason = failure.getReason();
		if (reason == null) {
			String kind = failure.getClass().getSimpleName().replace("Exception", "");
			reason = kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		}
		return reason + ": " + failure.getFile()
				+ ((failure.getOtherFile() != null) ? " -> " + failure.getOtherFile() : "");
	}

	public static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * The first of the causes of {@code failure}, itself included, that is a
	 * {@code type}.
	 */
	public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
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

}
