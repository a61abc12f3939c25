package io.demoseeder.validation;

/**
 * One check of the validation: its name (stable, e.g. {@code rows.assets.demo}), the
 * category it belongs to, its status, what was measured, what was expected and a one-line
 * detail saying where the problem is.
 */
public record CheckResult(String name, String category, Status status, String measured, String expected,
		String detail) {

	public static CheckResult passed(String name, String category, Object measured, Object expected) {
		return new CheckResult(name, category, Status.PASSED, String.valueOf(measured), String.valueOf(expected), "");
	}

	public static CheckResult failed(String name, String category, Object measured, Object expected, String detail) {
		return new CheckResult(name, category, Status.FAILED, String.valueOf(measured), String.valueOf(expected),
				detail);
	}

	/** PASSED when {@code ok}, otherwise FAILED with the detail. */
	public static CheckResult of(boolean ok, String name, String category, Object measured, Object expected,
			String detail) {
		return ok ? passed(name, category, measured, expected) : failed(name, category, measured, expected, detail);
	}

	public boolean failed() {
		return this.status == Status.FAILED;
	}

	/** A check passes or fails; there is no "warning" that CI would have to interpret. */
	public enum Status {

		PASSED, FAILED

	}

}
