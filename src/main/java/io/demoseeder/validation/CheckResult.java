package io.demoseeder.validation;

/**
 * One check of the validation: its name (stable, e.g. {@code rows.assets.demo}), the
 * category it belongs to, its status, what was measured, what was expected and a one-line
 * detail saying where the problem is, or, for a check that does not apply, why.
 */
public record CheckResult(String name, String category, Status status, String measured, String expected,
		String detail) {

	/** What a check that does not apply measured. */
	public static final String NOT_APPLICABLE_MEASURED = "not applicable";

	public static CheckResult passed(String name, String category, Object measured, Object expected) {
		return new CheckResult(name, category, Status.PASSED, words(measured), words(expected), "");
	}

	public static CheckResult failed(String name, String category, Object measured, Object expected, String detail) {
		return new CheckResult(name, category, Status.FAILED, words(measured), words(expected), detail);
	}

	/**
	 * A check about something the target's schema lacks (a table, a column, a type of the
	 * built-in schema): it is counted apart and never fails the validation;
	 * {@code reason} (the detail) says what is missing.
	 */
	public static CheckResult notApplicable(String name, String category, String reason) {
		return new CheckResult(name, category, Status.NOT_APPLICABLE, NOT_APPLICABLE_MEASURED, "", reason);
	}

	/** PASSED when {@code ok}, otherwise FAILED with the detail. */
	public static CheckResult of(boolean ok, String name, String category, Object measured, Object expected,
			String detail) {
		return ok ? passed(name, category, measured, expected) : failed(name, category, measured, expected, detail);
	}

	/**
	 * A measured or expected value as a person reads it in every report format: a map as
	 * {@code application: 10, server: 35}, a list as {@code a, b}, not Java's notation.
	 */
	static String words(Object value) {
		if (value instanceof java.util.Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + ": " + words(entry.getValue()))
				.collect(java.util.stream.Collectors.joining(", "));
		}
		if (value instanceof java.util.Collection<?> values) {
			return values.stream().map(CheckResult::words).collect(java.util.stream.Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	public boolean failed() {
		return this.status == Status.FAILED;
	}

	public boolean notApplicable() {
		return this.status == Status.NOT_APPLICABLE;
	}

	/**
	 * A check passes or fails; there is no "warning" that CI would have to interpret. A
	 * check about what the target's schema lacks is NOT_APPLICABLE: neither, counted
	 * apart, and the validation passes as if it were not there.
	 */
	public enum Status {

		PASSED, FAILED, NOT_APPLICABLE

	}

}
