package io.demoseeder.operations;

/** The process exit codes, documented in README.md. */
public final class ExitCodes {

	public static final int SUCCESS = 0;

	public static final int JOB_FAILED = 1;

	public static final int USAGE = 2;

	public static final int VALIDATION_FAILED = 3;

	public static final int REFUSED = 4;

	private ExitCodes() {
	}

}
