package io.demoseeder.cli;

/** The command line is wrong; the CLI prints usage and exits 2. */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
