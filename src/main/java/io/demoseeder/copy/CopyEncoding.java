package io.demoseeder.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a table's rows go over the wire: binary when the catalog says every column has a
 * type {@link ColumnEncoder} knows, CSV otherwise (an array column, say). Decided once,
 * on the first chunk's connection.
 */
final class CopyEncoding {

	private static final String COLUMN_TYPES = """
			SELECT a.attname, t.typname, t.typtype
			FROM pg_attribute a
			JOIN pg_type t ON t.oid = a.atttypid
			WHERE a.attrelid = to_regclass(quote_ident(?) || '.' || quote_ident(?))
			    AND a.attnum > 0 AND NOT a.attisdropped
			""";

	/** One encoder per column, in the table's column order; null for CSV. */
	private final List<ColumnEncoder> binary;

	private CopyEncoding(List<ColumnEncoder> binary) {
		this.binary = binary;
	}

	static CopyEncoding csv() {
		return new CopyEncoding(null);
	}

	static CopyEncoding of(Connection connection, CopyTable table) throws SQLException {
		Map<String, ColumnEncoder> encoders = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(COLUMN_TYPES)) {
			statement.setString(1, table.schema());
			statement.setString(2, table.table());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ColumnEncoder encoder = ColumnEncoder.forType(rs.getString(2), rs.getString(3));
					if (encoder != null) {
						encoders.put(rs.getString(1), encoder);
					}
				}
			}
		}
		List<ColumnEncoder> columns = new ArrayList<>();
		for (String column : table.columns()) {
			ColumnEncoder encoder = encoders.get(column);
			if (encoder == null) {
				return csv();
			}
			columns.add(encoder);
		}
		return new CopyEncoding(List.copyOf(columns));
	}

	boolean isBinary() {
		return this.binary != null;
	}

	/** The COPY option naming the format (a constant, never user input). */
	String format() {
		return isBinary() ? "binary" : "csv";
	}

	/**
	 * {@code rows} (values in the table's column order), in this format, to {@code out}.
	 */
	void encode(List<Object[]> rows, OutputStream out) throws IOException {
		if (isBinary()) {
			BinaryRows binaryRows = new BinaryRows(this.binary, out);
			for (Object[] row : rows) {
				binaryRows.add(row);
			}
			binaryRows.finish();
			return;
		}
		CsvRows csvRows = new CsvRows();
		rows.forEach(csvRows::add);
		out.write(csvRows.toBytes());
	}

}
