package io.demoseeder.operations;

/**
 * A job execution that ended FAILED or STOPPED: the CLI prints the message as its one
 * line on stderr and exits 1 (job failed); the execution itself is already recorded, for
 * the next {@code run} to resume.
 */
public class JobFailedException extends RuntimeException {

	public JobFailedException(String message) {
		super(message);
	}

}
