package io.demoseeder.cli;

/**
 * A job execution that ended FAILED or STOPPED: the CLI prints the message as its one
 * line on stderr and exits {@link ExitCodes#JOB_FAILED}; the execution itself is already
 * recorded, for the next {@code run} to resume.
 */
class JobFailedException extends RuntimeException {

	JobFailedException(String message) {
		super(message);
	}

}
