package io.demoseeder.rawrecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.plan.Vocabulary;

/**
 * Validates one source row and cleanses it into the canonical {@code cleansed_data} of
 * the shared contract. A problem names its column; only the problems listed here make a
 * row invalid (duplicates are found later, across the rows of an import).
 */
final class RecordCleanser {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Longer values are a problem, not data: no asset field is anywhere near as long. */
	static final int MAX_VALUE_LENGTH = 4096;

	private final SourceFormat format;

	private final List<String> columns;

	/** The column the operating system comes from, if the format has one. */
	private final String operatingSystemColumn;

	RecordCleanser(SourceFormat format) {
		this.format = format;
		this.columns = List.copyOf(format.columns().keySet());
		this.operatingSystemColumn = columnOf(AssetField.OPERATING_SYSTEM);
	}

	CleansedRow cleanse(SourceRow row) {
		Fields fields = new Fields();
		// what the reader could not read cleanly comes first: the rest may follow from it
		row.problems()
			.forEach((problem) -> fields.problem(problem.column(),
					(problem.column() != null) ? this.format.columns().get(problem.column()) : null,
					problem.problem()));
		this.format.columns().forEach((column, field) -> fields.read(column, field, row.fields().get(column)));
		fields.requireOperatingSystem(this.operatingSystemColumn);
		fields.errors.sort(Comparator.comparingInt(this::position));
		Map<String, Object> data = new LinkedHashMap<>();
		fields.values.forEach((field, value) -> data.put(field.key(), value));
		return new CleansedRow(data, List.copyOf(fields.errors));
	}

	/** Whole-row problems first, then by column, then values beyond the header. */
	private int position(ValidationError error) {
		if (error.column() == null) {
			return -1;
		}
		int index = this.columns.indexOf(error.column());
		return (index >= 0) ? index : this.columns.size();
	}

	private String columnOf(AssetField field) {
		return this.format.columns()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == field)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** The cleansed values by field (in field order) and the problems found. */
	record CleansedRow(Map<String, Object> data, List<ValidationError> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

	private static final class Fields {

		private final Map<AssetField, Object> values = new EnumMap<>(AssetField.class);

		private final List<ValidationError> errors = new ArrayList<>();

		void read(String column, AssetField field, Object raw) {
			String text = FieldValues.text(raw);
			if (text != null && text.length() > MAX_VALUE_LENGTH) {
				problem(column, field, "value too long: " + text.length() + " characters, at most " + MAX_VALUE_LENGTH);
				return;
			}
			if ((field == AssetField.NAME || field == AssetField.HOSTNAME) && FieldValues.isNumber(raw, text)) {
				problem(column, field, "a number where a name is expected: '" + text + "'");
				return;
			}
			switch (field) {
				case NAME -> required(column, field, text);
				case HOSTNAME -> required(column, field, (text != null) ? text.toLowerCase(Locale.ROOT) : null);
				case IP_ADDRESS -> ipAddress(column, text);
				case ASSET_TYPE -> {
					required(column, field, text);
					known(column, field, text, Vocabulary::assetType, "asset type");
				}
				case OPERATING_SYSTEM -> known(column, field, text, Vocabulary::operatingSystem, "operating system");
				case ENVIRONMENT -> known(column, field, text, Vocabulary::environment, "environment");
				case CRITICALITY -> known(column, field, text, Vocabulary::criticality, "criticality");
				case CPU_CORES -> number(column, field, text, true, null);
				case MEMORY_GB, STORAGE_GB -> number(column, field, text, false, null);
				case CPU_UTILIZATION, MEMORY_UTILIZATION -> number(column, field, text, false, HUNDRED);
				default -> put(field, text);
			}
		}

		/** Only an application may run without an operating system of its own. */
		void requireOperatingSystem(String column) {
			Object type = this.values.get(AssetField.ASSET_TYPE);
			boolean osProblem = this.errors.stream().anyMatch((error) -> error.field() == AssetField.OPERATING_SYSTEM);
			if (column != null && type != null && !"application".equals(type) && !osProblem
					&& !this.values.containsKey(AssetField.OPERATING_SYSTEM)) {
				problem(column, AssetField.OPERATING_SYSTEM, "missing operating system");
			}
		}

		/** Present, or a "missing" problem; {@link #known} replaces a raw asset type. */
		private void required(String column, AssetField field, String cleansed) {
			if (cleansed == null) {
				problem(column, field, "missing " + field.key().replace('_', ' '));
			}
			put(field, cleansed);
		}

		private void known(String column, AssetField field, String text, Function<String, Optional<String>> vocabulary,
				String what) {
			this.values.remove(field);
			if (text != null) {
				vocabulary.apply(text)
					.ifPresentOrElse((canonical) -> put(field, canonical),
							() -> problem(column, field, "unknown " + what + " '" + text + "'"));
			}
		}

		private void ipAddress(String column, String text) {
			if (text == null) {
				return;
			}
			String dotted = FieldValues.ipv4(text);
			if (dotted == null) {
				problem(column, AssetField.IP_ADDRESS, "malformed IP address '" + text + "'");
			}
			else if (!FieldValues.isPrivate(dotted)) {
				problem(column, AssetField.IP_ADDRESS, "not a private IPv4 address '" + text + "'");
			}
			else {
				put(AssetField.IP_ADDRESS, dotted);
			}
		}

		private void number(String column, AssetField field, String text, boolean whole, BigDecimal max) {
			if (text == null) {
				return;
			}
			BigDecimal number = FieldValues.number(text);
			if (number == null) {
				problem(column, field, "not a number: '" + text + "'");
			}
			else if (max == null && number.signum() <= 0) {
				problem(column, field, "not positive: '" + text + "'");
			}
			else if (max != null && (number.signum() < 0 || number.compareTo(max) > 0)) {
				problem(column, field, "out of range 0-" + max + ": '" + text + "'");
			}
			else if (whole && !FieldValues.isWhole(number)) {
				problem(column, field, "not a whole number: '" + text + "'");
			}
			else {
				put(field, FieldValues.canonical(number));
			}
		}

		private void put(AssetField field, Object value) {
			if (value != null) {
				this.values.put(field, value);
			}
		}

		void problem(String column, AssetField field, String problem) {
			this.errors.add(new ValidationError(column, field, problem));
		}

	}

}
