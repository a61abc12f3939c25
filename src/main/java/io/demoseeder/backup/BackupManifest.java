package io.demoseeder.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code .manifest.json} of a backup set: what was backed up, from where, when, the
 * data file's size and checksum, each table's row count and the database's own settings
 * ({@code ALTER DATABASE … SET}; null in a manifest written before they were recorded).
 * Written last, so a set without a manifest is an incomplete one.
 */
record BackupManifest(String format, String database, String serverVersion, String created, DataFile dataFile,
		String schemaFile, String flywayHistoryFile, List<TableRows> tables, List<DatabaseSetting> databaseSettings) {

	private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	// declaration order reads better in the file than Jackson 3's alphabetical default
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	record DataFile(String name, long size, String sha256) {

		static DataFile of(Path file) throws IOException {
			return new DataFile(file.getFileName().toString(), Files.size(file), BackupManifest.sha256(file));
		}

	}

	record TableRows(String schema, String table, long rows) {

	}

	static BackupManifest of(BackupSet set, CapturedBackup captured, ZonedDateTime created) throws IOException {
		ServerInfo server = captured.server();
		return new BackupManifest(captured.format(), server.database(), server.version(),
				ISO_SECONDS.format(created.truncatedTo(ChronoUnit.SECONDS)), DataFile.of(captured.dataFile()),
				fileName(set, BackupSet.SCHEMA), fileName(set, BackupSet.FLYWAY_HISTORY),
				tableRows(captured.rowCounts()), captured.databaseSettings());
	}

	private static String fileName(BackupSet set, String suffix) {
		return set.file(suffix).getFileName().toString();
	}

	private static List<TableRows> tableRows(Map<TableName, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new TableRows(entry.getKey().schema(), entry.getKey().name(), entry.getValue()))
			.toList();
	}

	Map<TableName, Long> rowCounts() {
		Map<TableName, Long> counts = new TreeMap<>();
		this.tables.forEach((table) -> counts.put(new TableName(table.schema(), table.table()), table.rows()));
		return counts;
	}

	void write(Path file) {
		JSON.writeValue(file, this);
	}

	static BackupManifest read(Path file) {
		try {
			return JSON.readValue(file, BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupException("cannot read manifest " + file + ": " + BackupException.describe(ex), ex);
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
