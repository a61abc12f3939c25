package io.demoseeder.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Backs up a database before it is reset: a verified set of files named
 * {@code <prefix>_YYYYmmdd_HHMMSS.*} holding the data ({@code .dump} from pg_dump, or a
 * {@code .zip} written over JDBC when no suitable pg_dump is available), the schema, the
 * Flyway history and a manifest. A failed backup leaves no files behind.
 */
public class BackupService {

	private static final String INVALID_CATALOG_NAME = "3D000";

	private static final Log logger = LogFactory.getLog(BackupService.class);

	private final Clock clock;

	private final BackupFormats formats;

	public BackupService(Clock clock) {
		this(clock, new PgTools());
	}

	public BackupService(Clock clock, PgTools tools) {
		this.clock = clock;
		this.formats = new BackupFormats(tools);
	}

	/**
	 * Backs up {@code target} into {@code backupDir}. Returns a result with
	 * {@link BackupResult#backedUp()} false, and writes nothing, when the database does
	 * not exist or has no user tables.
	 * @throws BackupException if the backup could not be written or verified
	 */
	public BackupResult backup(DatabaseLocation target, Path backupDir, String prefix, boolean allowPgDump) {
		BackupSet.checkPrefix(prefix);
		Activity.doing("backing up database " + target.database() + " into " + backupDir);
		Optional<ServerInfo> server = serverWithTables(target);
		if (server.isEmpty()) {
			String reason = "database " + target.database() + " does not exist or has no tables";
			logger.info("Not backing up: " + reason);
			return BackupResult.nothingToBackUp(reason);
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		BackupSet set = newSet(backupDir, prefix, now);
		try {
			BackupFormat format = this.formats.forBackup(server.get(), allowPgDump);
			format.announcement(target.database(), set).ifPresent(logger::info);
			CapturedBackup captured = format.write(target, set);
			BackupManifest manifest = BackupManifest.of(set, captured, now);
			manifest.write(set.file(BackupSet.MANIFEST));
			verify(set, format, manifest);
			logger.info("Backed up " + captured.rowCounts().size() + " tables of " + target.database() + " to "
					+ captured.dataFile() + " (" + manifest.dataFile().size() + " bytes)");
			return new BackupResult(set.name(), captured.format(), captured.dataFile(), files(set, captured),
					captured.rowCounts(), "backed up " + target.database() + " to " + captured.dataFile());
		}
		catch (SQLException | IOException | RuntimeException ex) {
			set.deleteQuietly();
			throw failure(target, set, ex);
		}
	}

	/** The failure as one line naming the set's files, unless it already names one. */
	private static BackupException failure(DatabaseLocation target, BackupSet set, Exception ex) {
		if (ex instanceof BackupException backupException && ex.getMessage().contains(set.name())) {
			return backupException;
		}
		return new BackupException("backup of database " + target.database() + " to " + set.file("") + "* failed: "
				+ BackupException.describe(ex), ex);
	}

	/** The server, if the database exists and has at least one user table. */
	private Optional<ServerInfo> serverWithTables(DatabaseLocation target) {
		try (Connection connection = target.dataSource().getConnection()) {
			ServerInfo server = ServerInfo.read(connection);
			return (UserTables.countIncludingPartitioned(connection) > 0) ? Optional.of(server) : Optional.empty();
		}
		catch (SQLException ex) {
			if (INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
				return Optional.empty();
			}
			throw new BackupException("cannot connect to " + target + ": " + BackupException.describe(ex), ex);
		}
	}

	private BackupSet newSet(Path backupDir, String prefix, ZonedDateTime now) {
		try {
			Files.createDirectories(backupDir);
		}
		catch (IOException ex) {
			throw new BackupException(
					"cannot create backup directory " + backupDir + ": " + BackupException.describe(ex), ex);
		}
		BackupSet set = BackupSet.create(backupDir, prefix, now, this.formats.extensions());
		if (!set.existingFiles().isEmpty()) {
			throw new BackupException("backup set " + set.name() + " already exists in " + backupDir);
		}
		return set;
	}

	private static void verify(BackupSet set, BackupFormat format, BackupManifest manifest) {
		if (!manifest.equals(BackupManifest.read(set.file(BackupSet.MANIFEST)))) {
			throw new BackupException("manifest " + set.file(BackupSet.MANIFEST) + " does not read back as written");
		}
		format.verify(set.file(format.extension()), manifest.rowCounts());
	}

	private static List<Path> files(BackupSet set, CapturedBackup captured) {
		return List.of(captured.dataFile(), set.file(BackupSet.SCHEMA), set.file(BackupSet.FLYWAY_HISTORY),
				set.file(BackupSet.MANIFEST));
	}

	/**
	 * Deletes all but the newest {@code keep} backup sets with this prefix (all files of
	 * a set together). Files with other prefixes or names are left alone.
	 * @throws IllegalArgumentException if {@code keep} is less than 1: pruning never
	 * deletes the backup just taken
	 */
	public void prune(Path backupDir, String prefix, int keep) {
		if (keep < 1) {
			throw new IllegalArgumentException("keep must be at least 1 (the backup just taken), was " + keep);
		}
		BackupSet.prune(backupDir, prefix, keep, this.formats.extensions());
	}

	/** The data file of the newest backup set with this prefix, to restore from. */
	public Optional<Path> latest(Path backupDir, String prefix) {
		return BackupSet.list(backupDir, prefix, this.formats.extensions())
			.stream()
			.flatMap((set) -> set.dataFile().stream())
			.findFirst();
	}

}
