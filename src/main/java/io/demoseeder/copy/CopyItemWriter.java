package io.demoseeder.copy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.demoseeder.model.Tables;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk with {@code COPY ... FROM STDIN} (binary when every column's type
 * allows, see {@link CopyEncoding}), on the connection of the chunk's transaction, so the
 * rows commit or roll back with the chunk. First straight into the table under a
 * savepoint; if a row is already there (the chunk is replayed after a crash between the
 * target and control commits), back to the savepoint and through a temporary staging
 * table with {@code INSERT ... ON CONFLICT DO NOTHING}, so a replay changes nothing,
 * exactly like the INSERT writers it replaces.
 *
 * @param <T> the item type
 */
public final class CopyItemWriter<T> implements ItemWriter<T> {

	/** unique_violation: the rows, or some of them, are there already. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final DataSource dataSource;

	private final CopyTable table;

	private final Function<? super T, Object[]> values;

	/**
	 * The table as the target has it, and binary or CSV: looked up in the catalog at the
	 * first write (partitions share it).
	 */
	private volatile FittedTable fitted;

	/**
	 * Whether the values of columns the target lacks are kept for the stages after (only
	 * for rows a later stage reads back: keeping costs a row per row).
	 */
	private final boolean keepAbsent;

	public CopyItemWriter(DataSource dataSource, CopyTable table, Function<? super T, Object[]> values) {
		this(dataSource, table, values, false);
	}

	private CopyItemWriter(DataSource dataSource, CopyTable table, Function<? super T, Object[]> values,
			boolean keepAbsent) {
		this.dataSource = dataSource;
		this.table = table;
		this.values = values;
		this.keepAbsent = keepAbsent;
	}

	/**
	 * This writer, keeping what the target has no column for in
	 * {@code demo_seeder.absent_values}, where later stages read it back
	 * ({@code catalog.AbsentValues}).
	 */
	public CopyItemWriter<T> keepingAbsentValues() {
		return new CopyItemWriter<>(this.dataSource, this.table, this.values, true);
	}

	/** A writer that always sends CSV: to compare the two formats. */
	static <T> CopyItemWriter<T> csv(DataSource dataSource, CopyTable table, Function<? super T, Object[]> values) {
		CopyItemWriter<T> writer = new CopyItemWriter<>(dataSource, table, values);
		writer.fitted = new FittedTable(table, CopyEncoding.csv(), null, null, false);
		return writer;
	}

	/**
	 * For items that are the table's record ({@link Tables#recordType()}): the values are
	 * the record's components named like the columns.
	 */
	public static <R extends Record> CopyItemWriter<R> forRecords(DataSource dataSource, Tables table,
			String... omittedColumns) {
		CopyTable copyTable = CopyTable.of(table, omittedColumns);
		Map<String, Method> accessors = Arrays.stream(table.recordType().getRecordComponents())
			.collect(Collectors.toMap((component) -> Tables.snakeCase(component.getName()),
					RecordComponent::getAccessor));
		List<Method> columns = copyTable.columns().stream().map(accessors::get).toList();
		return new CopyItemWriter<>(dataSource, copyTable, RecordComponents.of(table.recordType(), columns));
	}

	@Override
	public void write(Chunk<? extends T> chunk) {
		writeAll(chunk.getItems());
	}

	/** This writer for items that are lists of rows, flattened into one COPY. */
	public ItemWriter<List<T>> forLists() {
		return (chunk) -> writeAll(chunk.getItems().stream().flatMap(List::stream).toList());
	}

	/** Writes {@code items} in the current transaction; nothing when empty. */
	public void writeAll(List<? extends T> items) {
		if (items.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		FittedTable fitted = this.fitted;
		try {
			if (fitted == null || (fitted.jobExecutionId() != null && !fitted.current())) {
				fitted = FittedTable.of(connection, this.table);
				this.fitted = fitted;
			}
			if (!fitted.absent()) {
				List<Object[]> rows = items.stream().map(this.values).toList();
				// fitted once: the COPY sends them, and the mapped values are read off
				// them
				List<Object[]> written = (fitted.fit() != null) ? rows.stream().map(fitted.fit()::apply).toList()
						: rows;
				copy(connection, fitted, written);
				fitted.keep(connection, this.table, rows, written, this.keepAbsent);
			}
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("COPY into " + this.table.table(),
					this.table.copyInto(CopyEncoding.csv().format()), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void copy(Connection connection, FittedTable fitted, List<Object[]> rows) throws SQLException {
		CopyTable table = fitted.table();
		CopyEncoding encoding = fitted.encoding();
		if (connection.getAutoCommit()) {
			throw new IllegalStateException(
					"COPY into " + table.table() + " needs a transaction: its rows must commit with the chunk");
		}
		CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
		Savepoint savepoint = connection.setSavepoint();
		try {
			// not released: that would cost a round trip, and the commit releases it
			copyIn(copyManager, table.copyInto(encoding.format()), encoding, rows);
		}
		catch (SQLException ex) {
			connection.rollback(savepoint);
			if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw ex;
			}
			copyThroughStaging(connection, copyManager, table, encoding, rows);
		}
	}

	private static void copyThroughStaging(Connection connection, CopyManager copyManager, CopyTable table,
			CopyEncoding encoding, List<Object[]> rows) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(table.createStaging());
			statement.execute(table.emptyStaging());
			copyIn(copyManager, table.copyStaging(encoding.format()), encoding, rows);
			statement.execute(table.insertFromStaging());
			statement.execute(table.emptyStaging());
		}
	}

	/**
	 * Streams the rows, encoded as they go, into one COPY; an error of the server's
	 * (raised while sending or at the end) is thrown as itself, and a COPY our side
	 * failed is cancelled, so the connection is usable for the rollback.
	 */
	private static void copyIn(CopyManager copyManager, String sql, CopyEncoding encoding, List<Object[]> rows)
			throws SQLException {
		CopyIn copy = copyManager.copyIn(sql);
		try {
			encoding.encode(rows, new CopyInStream(copy));
			copy.endCopy();
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof SQLException server) {
				throw server;
			}
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

}
