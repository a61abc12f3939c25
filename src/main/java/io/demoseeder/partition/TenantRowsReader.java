package io.demoseeder.partition;

import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.demoseeder.progress.StepProgressListener;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reader of a tenant partition: {@code sql}, whose one parameter is the partition's
 * client account id ({@link TenantPartitioner#CLIENT_ACCOUNT_ID}), mapped onto the record
 * {@code type} ({@link RecordRowMapper}). Its own connection with auto-commit off, so
 * PostgreSQL streams the rows in fetches instead of loading a large tenant's rows at
 * once. When it opens it counts the partition's rows, which the progress line shows as
 * the total.
 */
public final class TenantRowsReader<T extends Record> extends JdbcCursorItemReader<T> {

	private static final int FETCH_SIZE = 500;

	/** The partition's rows, counted by the reader's own query. */
	private static final String COUNT = "SELECT count(*) FROM (%s) AS partition_rows";

	/**
	 * The query's own final ORDER BY, a plain list to its end (no parenthesis, no quote):
	 * a count needs no order, and PostgreSQL sorts a subquery's rows all the same, so
	 * every step's start sorted each partition's rows twice.
	 */
	private static final Pattern FINAL_ORDER = Pattern.compile("(?is)\\s+ORDER\\s+BY\\s+[^()']*$");

	private final JdbcTemplate jdbc;

	private final UUID clientAccountId;

	private TenantRowsReader(DataSource dataSource, String sql, UUID clientAccountId, RecordRowMapper<T> mapper) {
		super(dataSource, sql, mapper);
		this.jdbc = new JdbcTemplate(dataSource);
		this.clientAccountId = clientAccountId;
		setPreparedStatementSetter((statement) -> statement.setObject(1, clientAccountId));
		setConnectionAutoCommit(false);
		setFetchSize(FETCH_SIZE);
	}

	public static <T extends Record> TenantRowsReader<T> of(String name, DataSource dataSource, String sql,
			String clientAccountId, Class<T> type) {
		TenantRowsReader<T> reader = new TenantRowsReader<>(dataSource, sql, UUID.fromString(clientAccountId),
				new RecordRowMapper<>(type));
		reader.setName(name);
		return reader;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		super.open(executionContext);
		if (!executionContext.containsKey(StepProgressListener.EXPECTED_KEY)) {
			executionContext.putLong(StepProgressListener.EXPECTED_KEY,
					this.jdbc.queryForObject(count(getSql()), Long.class, this.clientAccountId));
		}
	}

	/** The statement that counts the rows of {@code sql}, without sorting them. */
	static String count(String sql) {
		return COUNT.formatted(FINAL_ORDER.matcher(sql).replaceFirst(""));
	}

}
