package io.demoseeder.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import io.demoseeder.plan.AssetField;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw record's canonical {@code cleansed_data}, keyed by {@link AssetField#key()}.
 * Absent keys are absent values; blank strings are treated as absent too, so that a
 * record cleansed by someone else's tool still reads well.
 */
record CleansedData(Map<String, Object> values) {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	static CleansedData parse(JsonMapper jsonMapper, String json) {
		return new CleansedData(jsonMapper.readValue(json, MAP));
	}

	String text(AssetField field) {
		return field.textIn(this.values);
	}

	Integer integer(AssetField field) {
		BigDecimal value = decimal(field);
		return (value != null) ? value.intValue() : null;
	}

	/**
	 * Two decimals, the scale of the numeric columns, so a re-read value compares equal.
	 */
	BigDecimal decimal(AssetField field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text).setScale(2, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
