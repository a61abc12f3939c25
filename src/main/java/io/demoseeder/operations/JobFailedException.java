package io.demoseeder.operations;

/**
 * A job execution that ended FAILED or STOPPED: the CLI prints the message as its one
 * line on stderr and exits 1 (job failed); the execution itself is already recorded, for
 * the next {@code run} to resume.
 */
public class JobFailedException extends RuntimeException {

	private final boolean configuration;

	public JobFailedException(String message) {
		this(message, false);
	}

	/**
	 * {@code configuration}: what failed it is a setting the run cannot go on with (a
	 * value the target's schema does not allow): exit 2, not 1.
	 */
	public JobFailedException(String message, boolean configuration) {
		super(message);
		this.configuration = configuration;
	}

	public boolean configuration() {
		return this.configuration;
	}

}
