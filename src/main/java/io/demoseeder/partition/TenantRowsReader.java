package io.demoseeder.partition;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * The reader of a tenant partition: {@code sql}, whose one parameter is the partition's
 * client account id ({@link TenantPartitioner#CLIENT_ACCOUNT_ID}), mapped onto the record
 * {@code type} ({@link RecordRowMapper}). Its own connection with auto-commit off, so
 * PostgreSQL streams the rows in fetches instead of loading a large tenant's rows at
 * once.
 */
public final class TenantRowsReader {

	private static final int FETCH_SIZE = 500;

	private TenantRowsReader() {
	}

	public static <T extends Record> JdbcCursorItemReader<T> of(String name, DataSource dataSource, String sql,
			String clientAccountId, Class<T> type) {
		return new JdbcCursorItemReaderBuilder<T>().name(name)
			.dataSource(dataSource)
			.sql(sql)
			.queryArguments(UUID.fromString(clientAccountId))
			.rowMapper(new RecordRowMapper<>(type))
			.connectionAutoCommit(false)
			.fetchSize(FETCH_SIZE)
			.build();
	}

}
