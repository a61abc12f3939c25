package io.demoseeder.backup;

import java.util.Comparator;

/**
 * A table as schema plus name, both unquoted. Printed as {@code schema.name} for people;
 * SQL always uses the server-quoted form instead.
 */
public record TableName(String schema, String name) implements Comparable<TableName> {

	private static final Comparator<TableName> ORDER = Comparator.comparing(TableName::schema)
		.thenComparing(TableName::name);

	@Override
	public int compareTo(TableName other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return this.schema + "." + this.name;
	}

}
