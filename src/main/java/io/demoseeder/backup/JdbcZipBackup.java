package io.demoseeder.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The backup used when no suitable pg_dump is available: the catalog DDL, the database's
 * own settings and every user table's rows (COPY text format) in one zip, all read in one
 * read-only REPEATABLE READ snapshot, so the row counts, the DDL and the data agree.
 */
final class JdbcZipBackup implements BackupFormat {

	static final String EXTENSION = ".zip";

	private static final Log logger = LogFactory.getLog(JdbcZipBackup.class);

	@Override
	public String name() {
		return "jdbc-zip";
	}

	@Override
	public String extension() {
		return EXTENSION;
	}

	@Override
	public Optional<String> announcement(String database, BackupSet set) {
		return Optional.of("Backing up " + database + " over JDBC to " + set.file(EXTENSION));
	}

	@Override
	public CapturedBackup write(DatabaseLocation target, BackupSet set) throws SQLException, IOException {
		Path zip = set.file(EXTENSION);
		try (Connection connection = Snapshots.open(target)) {
			ServerInfo server = ServerInfo.read(connection);
			List<UserTables.Table> tables = UserTables.list(connection);
			UserTables.lock(connection, tables);
			CatalogDdl.Script script = CatalogDdl.read(connection);
			List<DatabaseSetting> settings = DatabaseSetting.read(connection);
			Map<TableName, Long> counts = writeZip(connection, server, script, settings, tables, zip);
			Files.writeString(set.file(BackupSet.SCHEMA), script.toSql(server), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE_NEW);
			FlywayHistory.write(connection, server.database(), set.file(BackupSet.FLYWAY_HISTORY));
			connection.commit();
			return new CapturedBackup(name(), zip, server, counts, settings);
		}
	}

	private static Map<TableName, Long> writeZip(Connection connection, ServerInfo server, CatalogDdl.Script script,
			List<DatabaseSetting> settings, List<UserTables.Table> tables, Path zip) throws SQLException, IOException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Map<TableName, Long> counts = new TreeMap<>();
		List<ZipContents.Table> entries = new ArrayList<>();
		try (ZipOutputStream out = new ZipOutputStream(
				new BufferedOutputStream(Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW)))) {
			for (UserTables.Table table : tables) {
				String entry = "data/%05d.copy".formatted(entries.size() + 1);
				out.putNextEntry(new ZipEntry(entry));
				// the count COPY reports is the rows it wrote, in this very snapshot
				long rows = copy.copyOut(table.copyOut(), out);
				out.closeEntry();
				logger.debug("Copied " + rows + " rows of " + table.name());
				counts.put(table.name(), rows);
				entries.add(new ZipContents.Table(table.name().schema(), table.name().name(), table.quotedName(),
						table.copyColumns(), entry, rows));
			}
			new ZipContents(ZipContents.FORMAT_VERSION, server.database(), server.version(), script.preData(), entries,
					script.postData(), script.sequenceValues(), settings)
				.write(out);
		}
		return counts;
	}

	/**
	 * Re-opens the zip and counts every table's rows in it (checking each entry's CRC)
	 * against the counts taken while writing it.
	 */
	@Override
	public void verify(Path zip, Map<TableName, Long> expected) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Map<TableName, Long> found = new TreeMap<>();
			for (ZipContents.Table table : ZipContents.read(file, zip).tables()) {
				found.put(table.tableName(), ZipContents.countRows(file, table, zip));
			}
			RowCounts.difference(expected, found).ifPresent((difference) -> {
				throw new BackupException("backup file " + zip + " failed verification: " + difference);
			});
		}
		catch (IOException ex) {
			throw new BackupException("backup file " + zip + " is not readable: " + BackupException.describe(ex), ex);
		}
	}

	/** Nothing to check: the zip loads over the connection. */
	@Override
	public void checkRestorable(Path zip) {
	}

	@Override
	public List<DatabaseSetting> restore(Path zip, DatabaseLocation target) {
		return JdbcZipRestore.restore(zip, target);
	}

}
