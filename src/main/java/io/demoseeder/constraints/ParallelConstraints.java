package io.demoseeder.constraints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.demoseeder.partition.InParallel;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server's half of the constraints step on all cores, as {@code pg_restore -j} does
 * it: V3's indexes built side by side, then its keys (added NOT VALID by V3) validated
 * side by side, a table per connection (a validation locks its table against another, not
 * its parent). Each index and each key is a transaction of its own, and both halves do
 * only what is not done yet, so a kill at any point relaunches to the same schema. The
 * statements are V3's own, one a line in the migration file.
 */
final class ParallelConstraints {

	static final String SCRIPT = "db/migration/V3__constrain_bulk_tables.sql";

	private static final Pattern INDEX = Pattern.compile("^(CREATE INDEX IF NOT EXISTS \\S+ ON (\\S+) USING .*);$",
			Pattern.MULTILINE);

	private static final Pattern KEY = Pattern.compile("ADD CONSTRAINT (\\S+) FOREIGN KEY .* NOT VALID[,;]$",
			Pattern.MULTILINE);

	/**
	 * One index build sorts in memory at scale 1000 (the default 64 MB spills to disk);
	 * V3's statements name their tables without a schema.
	 */
	private static final String BUILD_SETTINGS = """
			SELECT set_config('maintenance_work_mem', '256MB', true), set_config('search_path', 'migration', true)""";

	/** The bulk tables' sizes: the largest are started first. */
	private static final String TABLE_SIZES = """
			SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'migration' AND c.relkind = 'r'""";

	/** V3's keys not validated yet, by table, the largest table first. */
	private static final String UNVALIDATED = """
			SELECT format('ALTER TABLE %I.%I VALIDATE CONSTRAINT %I', n.nspname, t.relname, c.conname), t.relname
			FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
			WHERE n.nspname = 'migration' AND c.contype = 'f' AND NOT c.convalidated AND c.conname = ANY (?)
			ORDER BY pg_total_relation_size(t.oid) DESC, t.relname, c.conname""";

	private ParallelConstraints() {
	}

	/** Builds V3's indexes on {@code threads} connections; returns how many it ran. */
	static int buildIndexes(DataSource dataSource, int threads) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Map<String, Long> sizes = new LinkedHashMap<>();
		jdbc.query(TABLE_SIZES, (row) -> {
			sizes.put(row.getString(1), row.getLong(2));
		});
		List<String[]> indexes = new ArrayList<>(INDEX.matcher(script())
			.results()
			.map((index) -> new String[] { index.group(1), index.group(2) })
			.toList());
		indexes.sort(Comparator.comparingLong((String[] index) -> -sizes.getOrDefault(index[1], 0L)));
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		InParallel.map("build-indexes", threads, indexes, (index) -> transaction.execute((status) -> {
			jdbc.queryForList(BUILD_SETTINGS);
			jdbc.execute(index[0]);
			return index[1];
		}));
		return indexes.size();
	}

	/**
	 * Validates V3's keys that are not yet, a table's keys one after another on one of
	 * {@code threads} connections; returns how many it validated.
	 */
	static int validateKeys(DataSource dataSource, int threads) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String[] names = KEY.matcher(script()).results().map((key) -> key.group(1)).toArray(String[]::new);
		Map<String, List<String>> byTable = new LinkedHashMap<>();
		jdbc.query(UNVALIDATED, (row) -> {
			byTable.computeIfAbsent(row.getString(2), (table) -> new ArrayList<>()).add(row.getString(1));
		}, (Object) names);
		List<Integer> validated = InParallel.map("validate-keys", threads, List.copyOf(byTable.values()),
				(statements) -> {
					statements.forEach(jdbc::execute);
					return statements.size();
				});
		return validated.stream().mapToInt(Integer::intValue).sum();
	}

	private static String script() {
		try {
			return new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + SCRIPT, ex);
		}
	}

}
