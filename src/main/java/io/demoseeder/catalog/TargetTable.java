package io.demoseeder.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One table of the target, its columns in their order.
 *
 * @param name the table's name in schema {@code migration}
 * @param columns its columns
 */
public record TargetTable(String name, List<TargetColumn> columns) {

	public TargetTable {
		columns = List.copyOf(columns);
	}

	public Optional<TargetColumn> column(String column) {
		return this.columns.stream().filter((candidate) -> candidate.name().equals(column)).findFirst();
	}

}
