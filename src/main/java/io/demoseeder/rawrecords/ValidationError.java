package io.demoseeder.rawrecords;

import java.util.LinkedHashMap;
import java.util.Map;

import io.demoseeder.plan.AssetField;

/**
 * One problem of a source row: the column that holds it, the canonical field it was meant
 * for and a short text. Serialized as one element of {@code validation_errors}. A problem
 * of the whole row (an empty row) has no column; one of a column the format does not know
 * (a value beyond the header) has no field.
 */
record ValidationError(String column, AssetField field, String problem) {

	/** The JSON object of the shared contract, keys in contract order. */
	Map<String, String> toJson() {
		Map<String, String> json = new LinkedHashMap<>();
		json.put("column", this.column);
		json.put("field", (this.field != null) ? this.field.key() : null);
		json.put("problem", this.problem);
		return json;
	}

}
