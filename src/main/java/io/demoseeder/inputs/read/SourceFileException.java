package io.demoseeder.inputs.read;

/** A source file that cannot be read as its format says, with the file in the message. */
public class SourceFileException extends RuntimeException {

	public SourceFileException(String message) {
		super(message);
	}

	public SourceFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
