package io.demoseeder.rawrecords;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.inputs.files.InputManifest;
import io.demoseeder.inputs.files.InputManifest.FileEntry;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.inputs.read.SourceFileException;
import io.demoseeder.plan.DemoPlan.ImportPlan;

/**
 * The rules an import's file is read by: the {@code seeder.input} limits and, when the
 * input directory has a manifest (the generateInputFiles step writes it), the SHA-256 it
 * recorded, so a file changed since then fails before any row of it is written instead of
 * mixing two versions of the file in one import.
 */
final class SourceFileRules {

	private SourceFileRules() {
	}

	static ReadRules of(SeederProperties properties, Path inputDirectory, ImportPlan importPlan) {
		ReadRules rules = ReadRules.limits(properties.input().maxFileSize().toBytes(),
				properties.input().maxUnreadableRows());
		if (!Files.exists(inputDirectory.resolve(InputManifest.FILE_NAME))) {
			return rules;
		}
		return rules
			.withSha256(manifest(inputDirectory).file(importPlan.relativePath()).map(FileEntry::sha256).orElse(null));
	}

	private static InputManifest manifest(Path inputDirectory) {
		try {
			return InputManifest.read(inputDirectory);
		}
		catch (RuntimeException ex) {
			String message = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
			throw new SourceFileException(
					inputDirectory.resolve(InputManifest.FILE_NAME) + " cannot be read: " + message, ex);
		}
	}

}
