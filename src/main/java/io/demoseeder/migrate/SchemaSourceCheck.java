package io.demoseeder.migrate;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A schema source checked before anything is dropped: applied to a scratch database on
 * the target's server (so with the target's version and extensions), it must apply whole
 * and hold the tables the demo cannot do without. Otherwise an
 * {@link InvalidConfigurationException} in one line, and the target is untouched.
 */
public final class SchemaSourceCheck {

	private static final Log logger = LogFactory.getLog(SchemaSourceCheck.class);

	private static final String SCRATCH = "demo_seeder_schema_check_";

	/** Checks side by side in one JVM (tests, two targets) each get their own. */
	private static final AtomicInteger CHECKS = new AtomicInteger();

	private SchemaSourceCheck() {
	}

	/** The source's script, once it has proved itself on a scratch database. */
	public static String check(SchemaSource source, DatabaseLocation target) {
		String script = source.script();
		DatabaseAdmin admin = new DatabaseAdmin(target.maintenance());
		String scratch = SCRATCH + ProcessHandle.current().pid() + "_" + CHECKS.incrementAndGet();
		admin.drop(scratch);
		admin.create(scratch);
		try {
			SchemaScript.apply(target.withDatabase(scratch).unpooledDataSource(), script);
			List<String> missing = SchemaScript.missingTables(target.withDatabase(scratch).unpooledDataSource());
			if (!missing.isEmpty()) {
				throw invalid(source,
						"lacks table(s) the demo cannot do without: migration." + String.join(", migration.", missing));
			}
		}
		catch (SQLException ex) {
			throw invalid(source, "fails to apply: " + SchemaSource.firstLine(ex.getMessage()));
		}
		finally {
			admin.drop(scratch);
		}
		logger.info("Schema source " + DatabaseLocation.mask(source.from()) + " applies ("
				+ SchemaSource.sha256(script).substring(0, 12) + "...)");
		return script;
	}

	private static InvalidConfigurationException invalid(SchemaSource source, String problem) {
		return new InvalidConfigurationException(
				"schema source " + DatabaseLocation.mask(source.from()) + " " + problem);
	}

}
