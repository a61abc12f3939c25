package io.demoseeder.additions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.seededrows.SeededRows;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares the database about to be reset with its last seeding's record and keeps what
 * differs: in one read-only, repeatable-read transaction, so the files and the listing
 * describe one state of the database.
 */
public class Preservation {

	private static final Log logger = LogFactory.getLog(Preservation.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String database;

	public Preservation(DataSource dataSource, String database) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = snapshot(dataSource);
		this.database = database;
	}

	/**
	 * Writes {@code <backupName>.preserved/} into {@code backupDir} when anything was
	 * added or changed, and prunes the folders of pruned backups. Returns what it found,
	 * as the log says it.
	 */
	public Found preserve(Path backupDir, String backupName, String prefix) {
		Path folder = PreservedFolder.of(backupDir, backupName);
		Optional<SinceLastRefresh> since = this.transaction.execute((status) -> find(folder));
		PreservedFolder.prune(backupDir, prefix);
		if (since.isEmpty()) {
			String line = "Database " + this.database + " holds no record of a seeding by demo-seeder (no"
					+ " demo_seeder.seeding row): what people added cannot be told apart; the full backup keeps everything";
			logger.info(line);
			return new Found(0, List.of(line));
		}
		List<String> lines = new ArrayList<>(since.get().lines());
		if (!since.get().nothing()) {
			lines.add("Kept in " + folder);
		}
		lines.forEach(logger::info);
		return new Found(since.get().changes().size(), lines);
	}

	/**
	 * A read-only, repeatable-read transaction: what is read in it is one state of the
	 * database.
	 */
	static TransactionTemplate snapshot(DataSource dataSource) {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.setReadOnly(true);
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return transaction;
	}

	/** The number of rows that differ and the lines that say what they are. */
	public record Found(int rows, List<String> lines) {

	}

	private Optional<SinceLastRefresh> find(Path folder) {
		Optional<SeededRows.Seeding> seeding = SeededRows.lastSeeding(this.jdbc);
		if (seeding.isEmpty()) {
			return Optional.empty();
		}
		List<RowChange> changes = ChangedRows.find(this.jdbc, seeding.get());
		if (changes.isEmpty()) {
			return Optional.of(new SinceLastRefresh(this.database, seeding.get(), changes, List.of(), People.none()));
		}
		try {
			Path scratch = PreservedFolder.scratch(folder);
			List<PreservedImport> imports = keepImports(changes, scratch, seeding.get().context());
			SinceLastRefresh since = new SinceLastRefresh(this.database, seeding.get(), changes, imports,
					People.of(this.jdbc));
			PreservedFolder.complete(scratch, folder, since);
			return Optional.of(since);
		}
		catch (IOException ex) {
			throw new PreservationException("cannot write " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private List<PreservedImport> keepImports(List<RowChange> changes, Path scratch, SeedContext context)
			throws IOException {
		Set<String> taken = new HashSet<>(Set.of(PreservedFolder.LISTING));
		List<PreservedImport> imports = new ArrayList<>();
		for (RowChange change : changes) {
			if (change.table().equals("data_imports") && change.kind() == RowChange.Kind.ADDED) {
				Optional<SourceFormat> format = PreservedImport.formatOf(change);
				if (format.isPresent()) {
					imports.add(PreservedImport.write(this.jdbc, change, format.get(), scratch, taken, context));
				}
				else {
					logger.warn("Import " + change.what() + " (" + change.key() + ") is in no format the seeder"
							+ " reads: its rows are listed in " + PreservedFolder.LISTING + ", no file kept");
				}
			}
		}
		return imports;
	}

}
