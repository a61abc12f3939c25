package io.demoseeder.database;

/** The safety guard (or a running execution) refuses the operation; the CLI exits 4. */
public class RefusedException extends RuntimeException {

	public RefusedException(String message) {
		super(message);
	}

}
