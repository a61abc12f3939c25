package io.demoseeder.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.support.StepLauncher;

/**
 * Stand-ins for the files the generate step writes: only their size matters here, and
 * each has a size of its own.
 */
final class InputFiles {

	private InputFiles() {
	}

	static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("imports-input");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Path directory) {
		int n = 0;
		for (TenantPlan tenant : DemoPlans.of(StepLauncher.CONTEXT).tenants()) {
			for (ImportPlan plan : tenant.imports()) {
				n++;
				Path file = directory.resolve(plan.relativePath());
				try {
					Files.createDirectories(file.getParent());
					Files.writeString(file, "dummy " + plan.key() + "\n".repeat(100 * n));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

}
