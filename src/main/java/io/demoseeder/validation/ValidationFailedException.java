package io.demoseeder.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * The validation found failed checks; the CLI exits 3 and says which and where the report
 * is.
 */
public class ValidationFailedException extends RuntimeException {

	private final Path reportDirectory;

	public ValidationFailedException(List<CheckResult> failed, Path reportDirectory) {
		super("validation failed: " + failed.size() + " check(s): "
				+ String.join(", ", failed.stream().map(CheckResult::name).limit(10).toList())
				+ ((failed.size() > 10) ? ", ..." : "") + "; report in " + reportDirectory);
		this.reportDirectory = reportDirectory;
	}

	public Path reportDirectory() {
		return this.reportDirectory;
	}

}
