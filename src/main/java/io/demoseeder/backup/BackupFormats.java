package io.demoseeder.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * The backup formats in order of preference: pg_dump's custom format where a suitable
 * pg_dump is installed, else the JDBC zip, which needs nothing but the connection.
 */
final class BackupFormats {

	private final List<BackupFormat> formats;

	BackupFormats(PgTools tools) {
		this.formats = List.of(new PgDumpBackup(tools), new JdbcZipBackup());
	}

	/** The data files' suffixes, in order of preference. */
	List<String> extensions() {
		return this.formats.stream().map(BackupFormat::extension).toList();
	}

	/** The first format that can back up this server, external ones only if allowed. */
	BackupFormat forBackup(ServerInfo server, boolean allowExternal) {
		return this.formats.stream()
			.filter((format) -> allowExternal || !format.external())
			.filter((format) -> format.available(server))
			.findFirst()
			.orElseThrow(() -> new BackupException("no backup format can back up database " + server.database()));
	}

	/** The format a data file was written in, told by its suffix. */
	BackupFormat of(Path dataFile) {
		String name = dataFile.getFileName().toString();
		return this.formats.stream()
			.filter((format) -> name.endsWith(format.extension()))
			.findFirst()
			.orElseThrow(() -> new BackupException(
					"backup file " + dataFile + " is neither a " + String.join(" nor a ", extensions())));
	}

}
