package io.demoseeder.validation.quality;

/**
 * The first line of the most specific cause: what a failed check shows of an SQL error.
 */
final class Errors {

	private Errors() {
	}

	static String firstLine(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
		return message.lines().findFirst().orElse(message);
	}

}
