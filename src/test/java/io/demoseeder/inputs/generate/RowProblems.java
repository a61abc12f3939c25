package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.Vocabulary;

/**
 * A validator as strict as the platform's, for tests: the invalidating problems of one
 * row (duplicates aside), after the cleansing any valid value survives (trim, case-fold).
 */
public final class RowProblems {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private RowProblems() {
	}

	/**
	 * Problems of {@code fields} (values as written or as read back); "OTHER" for the
	 * rest.
	 */
	public static List<String> of(SourceFormat format, Map<String, ?> fields) {
		List<String> problems = new ArrayList<>();
		String type = text(fields, format, AssetField.ASSET_TYPE);
		String assetType = Vocabulary.assetType(type).orElse(null);
		if (assetType == null || Vocabulary.environment(text(fields, format, AssetField.ENVIRONMENT)).isEmpty()
				|| Vocabulary.criticality(text(fields, format, AssetField.CRITICALITY)).isEmpty()
				|| blank(text(fields, format, AssetField.NAME))) {
			problems.add("OTHER");
		}
		if (blank(text(fields, format, AssetField.HOSTNAME))) {
			problems.add(DataQualityIssue.MISSING_HOSTNAME.name());
		}
		if (!ipv4(text(fields, format, AssetField.IP_ADDRESS))) {
			problems.add(DataQualityIssue.MALFORMED_IP.name());
		}
		String os = text(fields, format, AssetField.OPERATING_SYSTEM);
		if (("application".equals(assetType)) ? os != null : Vocabulary.operatingSystem(os).isEmpty()) {
			problems.add(DataQualityIssue.UNKNOWN_OS.name());
		}
		if (!positive(text(fields, format, AssetField.CPU_CORES), true)
				|| !positive(text(fields, format, AssetField.MEMORY_GB), false)
				|| !positive(text(fields, format, AssetField.STORAGE_GB), false)) {
			problems.add(DataQualityIssue.INVALID_NUMBER.name());
		}
		return problems;
	}

	/**
	 * Whether the address is a dotted private IPv4 address (10/8, 172.16/12, 192.168/16).
	 */
	public static boolean privateIpv4(String address) {
		Matcher matcher = IPV4.matcher((address != null) ? address.strip() : "");
		if (!matcher.matches() || !ipv4(address)) {
			return false;
		}
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(2));
		return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168);
	}

	private static boolean ipv4(String address) {
		Matcher matcher = IPV4.matcher((address != null) ? address.strip() : "");
		if (!matcher.matches()) {
			return false;
		}
		for (int i = 1; i <= 4; i++) {
			if (Integer.parseInt(matcher.group(i)) > 255) {
				return false;
			}
		}
		return true;
	}

	private static boolean positive(String value, boolean integer) {
		try {
			double number = Double.parseDouble(value.strip());
			return number > 0 && (!integer || number == Math.rint(number));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String text(Map<String, ?> fields, SourceFormat format, AssetField field) {
		String column = format.columns()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == field)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		Object value = fields.get(column);
		return (value != null) ? value.toString() : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
