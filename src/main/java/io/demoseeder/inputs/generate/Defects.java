package io.demoseeder.inputs.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.Vocabulary;

/**
 * The deliberate problems of the input files. An invalidating one breaks exactly one
 * value of a row; a cosmetic one respells a value in a way {@code Vocabulary} still
 * accepts after trimming and case-folding, so cleansing repairs it.
 */
final class Defects {

	static final List<String> UNKNOWN_SYSTEMS = List.of("Plan 9", "OS/2 Warp 4", "BeOS R5", "AmigaOS 3.1",
			"NeXTSTEP 3.3");

	private static final List<String> NUMBER_WORDS = List.of("two", "four", "eight", "sixteen", "thirty-two");

	private Defects() {
	}

	/** Breaks one value of {@code row} with an invalidating {@code issue}. */
	static void invalidate(SourceFormat format, SourceSystem system, Map<String, Object> row, DataQualityIssue issue,
			Random random) {
		switch (issue) {
			case MISSING_HOSTNAME -> row.put(column(format, AssetField.HOSTNAME), system.missingHostname());
			case MALFORMED_IP -> row.put(column(format, AssetField.IP_ADDRESS),
					malformed((String) row.get(column(format, AssetField.IP_ADDRESS)), random));
			case UNKNOWN_OS -> {
				row.put(column(format, AssetField.OPERATING_SYSTEM), Pick.one(random, UNKNOWN_SYSTEMS));
				row.put(column(format, AssetField.OS_VERSION), null);
			}
			case INVALID_NUMBER -> row.put(column(format, AssetField.CPU_CORES),
					notANumber((Integer) row.get(column(format, AssetField.CPU_CORES)), random));
			default -> throw new IllegalArgumentException(issue + " is not applied to a single row");
		}
	}

	/** Respells one value of a valid row with a cosmetic {@code issue}. */
	static void blemish(SourceFormat format, Map<String, Object> row, DataQualityIssue issue, Random random) {
		if (issue == DataQualityIssue.STRAY_WHITESPACE) {
			String hostname = column(format, AssetField.HOSTNAME);
			row.put(hostname, Pick.one(random, List.of("  ", " ", "")) + row.get(hostname)
					+ Pick.one(random, List.of(" ", "  ")));
			return;
		}
		String os = column(format, AssetField.OPERATING_SYSTEM);
		List<AssetField> targets = (row.get(os) != null)
				? List.of(AssetField.ENVIRONMENT, AssetField.OPERATING_SYSTEM, AssetField.CRITICALITY)
				: List.of(AssetField.ENVIRONMENT, AssetField.CRITICALITY);
		String column = column(format, Pick.one(random, targets));
		String original = (String) row.get(column);
		String value = original;
		if (column.equals(column(format, AssetField.ENVIRONMENT))) {
			// another accepted alias of the same environment, e.g. "PRODUCTION" or "Prod"
			String canonical = Vocabulary.environment(original).orElseThrow();
			value = Pick.one(random, Vocabulary.ENVIRONMENT_ALIASES.get(canonical));
		}
		row.put(column, recase(value, original, random));
	}

	/**
	 * Upper case, lower case or only the first letter capitalised, never the original
	 * spelling.
	 */
	private static String recase(String value, String original, Random random) {
		List<String> variants = List.of(value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT),
				value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1).toLowerCase(Locale.ROOT));
		return Pick.one(random, variants.stream().filter((variant) -> !variant.equals(original)).distinct().toList());
	}

	private static String malformed(String address, Random random) {
		String[] octets = address.split("\\.");
		return switch (random.nextInt(4)) {
			case 0 -> octets[0] + "." + octets[1] + "." + (256 + random.nextInt(44)) + "." + octets[3];
			case 1 -> octets[0] + "." + octets[1] + "." + octets[2];
			case 2 -> ("10".equals(octets[0]) ? "ten" : octets[0] + "0") + "." + octets[1] + "." + octets[2] + "."
					+ octets[3];
			default -> address + "." + (1 + random.nextInt(9));
		};
	}

	private static String notANumber(int cpu, Random random) {
		// "sixteen" for 16: the value someone meant, typed as a word
		int word = Integer.numberOfTrailingZeros(cpu) - 1;
		boolean spelled = random.nextBoolean() && Integer.bitCount(cpu) == 1 && word >= 0 && word < NUMBER_WORDS.size();
		return spelled ? NUMBER_WORDS.get(word) : "-" + cpu;
	}

	private static String column(SourceFormat format, AssetField field) {
		return RowRenderer.column(format, field);
	}

}
