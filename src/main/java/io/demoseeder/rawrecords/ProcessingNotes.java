package io.demoseeder.rawrecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.rawrecords.RecordCleanser.CleansedRow;

/**
 * {@code raw_import_records.processing_notes}: in a sentence or two, what cleansing
 * changed in a record, why it was rejected, or what it waits for. Duplicates are found
 * after the import's records are all in: {@link ImportRecordsFinisher} notes them.
 */
final class ProcessingNotes {

	/** What a record flagged as a duplicate says (the finisher appends it in SQL). */
	static final String DUPLICATE = "duplicate of record %s (same hostname)";

	private final SourceFormat format;

	ProcessingNotes(SourceFormat format) {
		this.format = format;
	}

	String of(Map<String, Object> raw, CleansedRow cleansed, boolean processed) {
		if (!cleansed.valid()) {
			String problems = cleansed.errors()
				.stream()
				.map(ValidationError::problem)
				.collect(Collectors.joining("; "));
			return (processed ? "Rejected during cleansing: " : "Flagged on reading: ") + problems
					+ ". No asset is created from it.";
		}
		if (!processed) {
			return "Passed validation; cleansing waits until the import's field mappings are approved.";
		}
		List<String> changes = changes(raw, cleansed.data());
		return changes.isEmpty() ? "Passed validation; every value was already in canonical form."
				: "Cleansed: " + String.join("; ", changes) + ".";
	}

	/** Whitespace trimmed, hostnames lower-cased, spellings and numbers normalised. */
	private List<String> changes(Map<String, Object> raw, Map<String, Object> data) {
		List<String> trimmed = new ArrayList<>();
		List<String> changes = new ArrayList<>();
		this.format.columns().forEach((column, field) -> {
			Object value = raw.get(column);
			Object canonical = data.get(field.key());
			if (value == null || canonical == null) {
				return;
			}
			String original = String.valueOf(value);
			String text = FieldValues.text(value);
			String result = String.valueOf(canonical);
			if (!original.equals(text) && !(value instanceof Number)) {
				trimmed.add(column);
			}
			if (text == null || text.equals(result)) {
				return;
			}
			if (field == AssetField.HOSTNAME && text.equalsIgnoreCase(result)) {
				changes.add(column + " lower-cased");
			}
			else {
				changes.add(column + " '" + text + "' normalised to '" + result + "'");
			}
		});
		if (!trimmed.isEmpty()) {
			changes.add(0, "whitespace trimmed in " + String.join(", ", trimmed));
		}
		return changes;
	}

}
