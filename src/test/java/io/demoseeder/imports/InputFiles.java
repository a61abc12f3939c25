package io.demoseeder.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
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
