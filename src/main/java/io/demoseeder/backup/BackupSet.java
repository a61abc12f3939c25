package io.demoseeder.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The files of one backup, all named {@code <prefix>_YYYYmmdd_HHMMSS<suffix>} in one
 * directory, so that they sort by time and are kept or pruned together. The data file's
 * suffix is one of the formats' {@code dataExtensions}, in order of preference.
 */
record BackupSet(Path directory, String name, List<String> dataExtensions) {

	static final String SCHEMA = ".schema.sql";

	static final String FLYWAY_HISTORY = ".flyway-history.txt";

	static final String MANIFEST = ".manifest.json";

	private static final List<String> COMPANIONS = List.of(SCHEMA, FLYWAY_HISTORY, MANIFEST);

	private static final Log logger = LogFactory.getLog(BackupSet.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

	// a prefix becomes part of file names and a regex, so keep it to plain characters
	private static final Pattern VALID_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	BackupSet {
		dataExtensions = List.copyOf(dataExtensions);
	}

	static BackupSet create(Path directory, String prefix, ZonedDateTime time, List<String> dataExtensions) {
		return new BackupSet(directory, checkPrefix(prefix) + "_" + STAMP.format(time), dataExtensions);
	}

	static String checkPrefix(String prefix) {
		if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("backup prefix must match " + VALID_PREFIX + ": '" + prefix + "'");
		}
		return prefix;
	}

	Path file(String suffix) {
		return this.directory.resolve(this.name + suffix);
	}

	List<Path> files() {
		return suffixes(this.dataExtensions).map(this::file).toList();
	}

	private static Stream<String> suffixes(List<String> dataExtensions) {
		return Stream.concat(dataExtensions.stream(), COMPANIONS.stream());
	}

	List<Path> existingFiles() {
		return files().stream().filter(Files::exists).toList();
	}

	/** Deletes whatever files of the set exist; used to clean up a failed backup. */
	void deleteQuietly() {
		for (Path file : files()) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the original failure matters more than a leftover file
			}
		}
	}

	private void delete() throws IOException {
		for (Path file : files()) {
			Files.deleteIfExists(file);
		}
	}

	/** The set's data file, whichever of the formats it has. */
	Optional<Path> dataFile() {
		return this.dataExtensions.stream().map(this::file).filter(Files::isRegularFile).findFirst();
	}

	static void prune(Path directory, String prefix, int keep, List<String> dataExtensions) {
		List<BackupSet> sets = list(directory, prefix, dataExtensions);
		for (BackupSet set : sets.subList(Math.min(keep, sets.size()), sets.size())) {
			logger.info("Pruning backup set " + set.name() + " in " + directory);
			try {
				set.delete();
			}
			catch (IOException ex) {
				throw new BackupException("cannot delete backup set " + set.name() + " in " + directory + ": "
						+ BackupException.describe(ex), ex);
			}
		}
	}

	/** The sets with this prefix in the directory, newest first. */
	static List<BackupSet> list(Path directory, String prefix, List<String> dataExtensions) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		String suffixes = suffixes(dataExtensions).map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
		Pattern pattern = Pattern.compile("(" + Pattern.quote(checkPrefix(prefix)) + "_\\d{8}_\\d{6})" + suffixes);
		TreeSet<String> names = new TreeSet<>(Comparator.reverseOrder());
		try (Stream<Path> files = Files.list(directory)) {
			files.forEach((file) -> {
				Matcher matcher = pattern.matcher(file.getFileName().toString());
				if (matcher.matches() && Files.isRegularFile(file)) {
					names.add(matcher.group(1));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list backup directory " + directory, ex);
		}
		List<BackupSet> sets = new ArrayList<>();
		names.forEach((name) -> sets.add(new BackupSet(directory, name, dataExtensions)));
		return sets;
	}

	/** The manifest that belongs to a data file, whether or not it exists. */
	static Path manifestBeside(Path dataFile) {
		String fileName = dataFile.getFileName().toString();
		String base = fileName.substring(0, fileName.lastIndexOf('.'));
		return dataFile.resolveSibling(base + MANIFEST);
	}

}
