package io.demoseeder.partition;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.demoseeder.model.Tables;

import org.springframework.jdbc.core.RowMapper;

/**
 * Maps a row onto a record whose components are the query's columns in camelCase
 * ({@code client_account_id} → {@code clientAccountId}). The column of each component is
 * looked up once, from the result set's metadata: Spring's DataClassRowMapper looks each
 * one up by name per row, first under its camelCase name, which the driver answers with
 * an exception, so at 60,000 rows a step spent more time mapping than writing.
 *
 * @param <T> the record type
 */
final class RecordRowMapper<T extends Record> implements RowMapper<T> {

	private final Class<T> type;

	private final RecordComponent[] components;

	private final Constructor<T> constructor;

	/** Per component, its column's 1-based index; resolved at the first row. */
	private int[] columns;

	RecordRowMapper(Class<T> type) {
		this.type = type;
		this.components = type.getRecordComponents();
		try {
			this.constructor = type.getDeclaredConstructor(
					Arrays.stream(this.components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", ex);
		}
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		if (this.columns == null) {
			this.columns = columns(rs.getMetaData());
		}
		Object[] values = new Object[this.components.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = rs.getObject(this.columns[i], this.components[i].getType());
		}
		try {
			return this.constructor.newInstance(values);
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot make a " + this.type.getSimpleName() + " of row " + rowNum, ex);
		}
	}

	private int[] columns(ResultSetMetaData metaData) throws SQLException {
		Map<String, Integer> byLabel = new HashMap<>();
		for (int column = metaData.getColumnCount(); column >= 1; column--) {
			byLabel.put(metaData.getColumnLabel(column).toLowerCase(Locale.ROOT), column);
		}
		int[] indexes = new int[this.components.length];
		for (int i = 0; i < indexes.length; i++) {
			Integer column = byLabel.get(Tables.snakeCase(this.components[i].getName()));
			if (column == null) {
				throw new IllegalStateException(
						"the query has no column " + Tables.snakeCase(this.components[i].getName()) + " for "
								+ this.type.getSimpleName() + "." + this.components[i].getName());
			}
			indexes[i] = column;
		}
		return indexes;
	}

}
