package io.demoseeder.cli;

import java.io.PrintStream;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;

/** Turns any failure into one line on stderr and the exit code documented for it. */
final class FailureReport {

	private FailureReport() {
	}

	static int report(Throwable failure, PrintStream err) {
		UsageException usage = find(failure, UsageException.class);
		if (usage != null) {
			err.println("demo-seeder: " + usage.getMessage() + " (see --help)");
			return ExitCodes.USAGE;
		}
		RefusedException refused = find(failure, RefusedException.class);
		if (refused != null) {
			err.println("demo-seeder: " + refused.getMessage());
			return ExitCodes.REFUSED;
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
