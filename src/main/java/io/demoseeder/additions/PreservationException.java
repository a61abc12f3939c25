package io.demoseeder.additions;

/** What people added could not be kept: the job stops before the reset. */
public class PreservationException extends RuntimeException {

	PreservationException(String message, Throwable cause) {
		super(message, cause);
	}

}
