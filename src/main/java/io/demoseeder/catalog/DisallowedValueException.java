package io.demoseeder.catalog;

import java.util.List;

import io.demoseeder.config.InvalidConfigurationException;

/**
 * A value the demo uses that the target's enum or CHECK list does not allow and the
 * vocabulary cannot map: the run stops before writing that table's rows (exit 2).
 */
public class DisallowedValueException extends InvalidConfigurationException {

	public DisallowedValueException(String table, String column, Object value, List<String> allowed) {
		super("the target does not allow " + table + "." + column + " '" + value + "' (allowed: "
				+ String.join(", ", allowed) + ") and the vocabulary maps it to none of them");
	}

}
