package io.demoseeder.rawrecords;

import java.util.LinkedHashMap;
import java.util.Map;

import io.demoseeder.seed.AssetField;

/**
 * One problem of a source row: the column that holds it, the canonical field it was meant
 * for and a short text. Serialized as one element of {@code validation_errors}.
 */
record ValidationError(String column, AssetField field, String problem) {

	/** The JSON object of the shared contract, keys in contract order. */
	Map<String, String> toJson() {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("column", this.column);
		json.put("field", this.field.key());
		json.put("problem", this.problem);
		return json;
	}

}
