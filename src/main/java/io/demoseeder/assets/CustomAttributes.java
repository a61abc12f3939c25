package io.demoseeder.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.demoseeder.seed.AssetField;
import io.demoseeder.seed.AssetKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asset's {@code custom_attributes}: where it came from (import, record), where it
 * runs, how busy it is, whether its platform is supported, and the planning figures the
 * migration UI shows (complexity, effort, run rate). Utilization missing from the source
 * is estimated and says so; the assessments' performance findings read it from here.
 */
final class CustomAttributes {

	private CustomAttributes() {
	}

	/** The random stream is drawn in a fixed order whatever is present. */
	static String json(JsonMapper jsonMapper, AssetSource source, CleansedData data, Optional<AssetKind> kind,
			String strategy, Optional<String> endOfSupport, Random random) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("source", source(source));
		if (data.text(AssetField.LOCATION) != null) {
			attributes.put("location", data.text(AssetField.LOCATION));
		}
		attributes.put("utilization", utilization(data, random));
		attributes.put("lifecycle", lifecycle(endOfSupport));
		attributes.put("migration", migration(kind, strategy, random));
		BigDecimal runRate = monthlyRunRate(data, kind);
		if (runRate != null) {
			attributes.put("monthly_run_rate_usd", runRate);
		}
		return jsonMapper.writeValueAsString(attributes);
	}

	private static Map<String, Object> source(AssetSource source) {
		Map<String, Object> origin = new LinkedHashMap<>();
		origin.put("data_import_id", source.dataImportId().toString());
		origin.put("import_name", source.importName());
		origin.put("record_index", source.recordIndex());
		origin.put("raw_import_record_id", source.rawImportRecordId().toString());
		return origin;
	}

	private static Map<String, Object> utilization(CleansedData data, Random random) {
		BigDecimal cpu = data.decimal(AssetField.CPU_UTILIZATION);
		BigDecimal memory = data.decimal(AssetField.MEMORY_UTILIZATION);
		BigDecimal estimatedCpu = BigDecimal.valueOf(8 + random.nextInt(70));
		BigDecimal estimatedMemory = BigDecimal.valueOf(20 + random.nextInt(65));
		Map<String, Object> utilization = new LinkedHashMap<>();
		utilization.put("cpu_percent", (cpu != null) ? cpu : estimatedCpu);
		utilization.put("memory_percent", (memory != null) ? memory : estimatedMemory);
		utilization.put("basis", (cpu != null && memory != null) ? "measured_30d_average" : "estimated");
		return utilization;
	}

	private static Map<String, Object> lifecycle(Optional<String> endOfSupport) {
		Map<String, Object> lifecycle = new LinkedHashMap<>();
		lifecycle.put("end_of_support", endOfSupport.isPresent());
		endOfSupport.ifPresent((statement) -> lifecycle.put("note", statement));
		return lifecycle;
	}

	private static Map<String, Object> migration(Optional<AssetKind> kind, String strategy, Random random) {
		int level = switch (strategy) {
			case "refactor" -> 2;
			case "replatform", "repurchase" -> 1;
			default -> 0;
		};
		if (kind.orElse(null) == AssetKind.APPLICATION_LEGACY) {
			level = Math.min(2, level + 1);
		}
		int[][] effortDays = { { 2, 6 }, { 8, 20 }, { 25, 60 } };
		int effort = effortDays[level][0] + random.nextInt(effortDays[level][1] - effortDays[level][0] + 1);
		Map<String, Object> migration = new LinkedHashMap<>();
		migration.put("complexity", new String[] { "low", "medium", "high" }[level]);
		migration.put("estimated_effort_days", effort);
		return migration;
	}

	/** Sized from the hardware, plus the licence the platform drags along. */
	private static BigDecimal monthlyRunRate(CleansedData data, Optional<AssetKind> kind) {
		Integer cores = data.integer(AssetField.CPU_CORES);
		if (cores == null) {
			return null;
		}
		BigDecimal memory = orZero(data.decimal(AssetField.MEMORY_GB));
		BigDecimal storage = orZero(data.decimal(AssetField.STORAGE_GB));
		int licence = switch (kind.orElse(AssetKind.SERVER_LINUX)) {
			case DATABASE_ORACLE -> 950 * cores;
			case DATABASE_SQLSERVER -> 310 * cores;
			case SERVER_WINDOWS -> 40 * cores;
			default -> 0;
		};
		return BigDecimal.valueOf(32L * cores + licence)
			.add(memory.multiply(BigDecimal.valueOf(4)))
			.add(storage.multiply(new BigDecimal("0.10")))
			.setScale(0, RoundingMode.HALF_UP);
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
