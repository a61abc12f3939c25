package io.demoseeder.validation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Validations started in the same second keep their own report folders. */
class ReportFolderTest {

	@TempDir
	Path reports;

	@Test
	void aTakenNameGetsTheNextSuffix() throws Exception {
		Path first = OnDemandValidation.claim(this.reports, "validate-20261202_070000");
		Path second = OnDemandValidation.claim(this.reports, "validate-20261202_070000");
		Path third = OnDemandValidation.claim(this.reports, "validate-20261202_070000");
		assertThat(first.getFileName()).hasToString("validate-20261202_070000");
		assertThat(second.getFileName()).hasToString("validate-20261202_070000-2");
		assertThat(third.getFileName()).hasToString("validate-20261202_070000-3");
		assertThat(Files.isDirectory(second)).isTrue();
	}

	@Test
	void aMissingReportDirectoryIsCreated() {
		Path folder = OnDemandValidation.claim(this.reports.resolve("new/nested"), "validate-20261202_070000");
		assertThat(folder).isDirectory();
	}

}
