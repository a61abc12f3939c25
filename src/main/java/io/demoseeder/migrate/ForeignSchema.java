package io.demoseeder.migrate;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the target from a schema source instead of the built-in migrations: the source's
 * script (the one checked before the reset, by its sha256), then the seeder's own
 * bookkeeping beside it (Flyway's history baselined at the built-in schema's loaded
 * version, then the bookkeeping migrations, schema {@code demo_seeder}), then the keys
 * and indexes taken off for the load. Each part is skipped when a relaunch finds it done.
 */
final class ForeignSchema {

	private static final Log logger = LogFactory.getLog(ForeignSchema.class);

	private static final String SCHEMA_EXISTS = "SELECT to_regnamespace('migration') IS NOT NULL";

	private ForeignSchema() {
	}

	/** Returns what it did, for the step's log line. */
	static String build(DataSource target, SchemaSource source, String sha256) throws SQLException {
		StringBuilder done = new StringBuilder();
		if (!Boolean.TRUE.equals(new JdbcTemplate(target).queryForObject(SCHEMA_EXISTS, Boolean.class))) {
			String script = source.script();
			String now = SchemaSource.sha256(script);
			if (sha256 != null && !sha256.equals(now)) {
				throw new IllegalStateException("schema source " + source.from() + " changed since the run started"
						+ " (sha256 " + sha256 + ", now " + now + "): start a new run with --fresh");
			}
			SchemaScript.apply(target, script);
			done.append("applied schema source ").append(source.from()).append(" (sha256 ").append(now).append("); ");
		}
		done.append(SchemaMigrator.describe(SchemaMigrator.bookkeeping(target))).append("; ");
		done.append(DeferredConstraints.takeOff(target)).append(" foreign key(s) and index(es) off for the load");
		logger.info(done);
		return done.toString();
	}

}
