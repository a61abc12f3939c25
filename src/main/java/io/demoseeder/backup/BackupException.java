package io.demoseeder.backup;

/**
 * A backup or restore that could not be completed. The message is one line naming the
 * file or database and what failed, so a job log shows the cause without a stack trace.
 */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(oneLine(message));
	}

	public BackupException(String message, Throwable cause) {
		super(oneLine(message), cause);
	}

	/** Collapses a multi-line message (e.g. a tool's stderr) into one line. */
	static String oneLine(String text) {
		return (text != null) ? text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " | ") : "";
	}

	/** The most specific message of a failure, for wrapping it into one line. */
	static String describe(Throwable ex) {
		String message = ex.getMessage();
		return oneLine((message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName());
	}

}
