package io.demoseeder.core;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.copy.TableRows;
import io.demoseeder.model.Tables;

/**
 * Writes the core rows, parents first, in the step's one transaction on the target (the
 * engagements' deferred foreign keys to their lead rely on it), each table through the
 * COPY writer every stage uses: it fits the rows to the target's own table and skips rows
 * that exist already, so a rerun (or a relaunch after a crash between the two commits)
 * writes nothing twice.
 */
class CoreEntitiesWriter {

	/** In the order they are written: parents first. */
	private static final List<Tables> TABLES = List.of(Tables.CLIENT_ACCOUNTS, Tables.ENGAGEMENTS, Tables.USERS,
			Tables.USER_ACCOUNT_ASSOCIATIONS, Tables.USER_PROFILES, Tables.CLIENT_ACCESS, Tables.ENGAGEMENT_ACCESS,
			Tables.USER_ROLES, Tables.TAGS);

	private final DataSource dataSource;

	CoreEntitiesWriter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Returns how many rows were new: counted, because a replayed row is skipped by its
	 * conflict.
	 */
	int write(CoreRows rows) {
		long before = TableRows.count(this.dataSource, TABLES);
		copy(Tables.CLIENT_ACCOUNTS, rows.accounts());
		copy(Tables.ENGAGEMENTS, rows.engagements());
		copy(Tables.USERS, rows.users());
		copy(Tables.USER_ACCOUNT_ASSOCIATIONS, rows.associations());
		copy(Tables.USER_PROFILES, rows.profiles());
		copy(Tables.CLIENT_ACCESS, rows.clientAccess());
		copy(Tables.ENGAGEMENT_ACCESS, rows.engagementAccess());
		copy(Tables.USER_ROLES, rows.roles());
		copy(Tables.TAGS, rows.tags());
		return Math.toIntExact(TableRows.count(this.dataSource, TABLES) - before);
	}

	private <R extends Record> void copy(Tables table, List<R> rows) {
		CopyItemWriter.<R>forRecords(this.dataSource, table).writeAll(rows);
	}

}
