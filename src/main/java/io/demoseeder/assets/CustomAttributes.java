package io.demoseeder.assets;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.demoseeder.plan.AssetField;
import io.demoseeder.text.CompactJson;

/**
 * The asset's {@code custom_attributes}: the flow that discovered it (the platform's
 * flow-assets page finds a flow's assets by {@code discovery_flow_id}, the flow's
 * {@code flow_id} as text), where it came from (import, record), where it runs, how busy
 * it is, whether its platform is supported, and the planning figures the migration UI
 * shows (complexity, effort, run rate). The assessments' performance findings read the
 * utilization from here.
 */
final class CustomAttributes {

	private CustomAttributes() {
	}

	static String json(CompactJson json, AssetSource source, CleansedData data, Metrics metrics,
			Optional<String> endOfSupport) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("discovery_flow_id", (source.flowId() != null) ? source.flowId().toString() : null);
		attributes.put("source", source(source));
		if (data.text(AssetField.LOCATION) != null) {
			attributes.put("location", data.text(AssetField.LOCATION));
		}
		attributes.put("utilization", utilization(metrics));
		attributes.put("lifecycle", lifecycle(endOfSupport));
		Map<String, Object> migration = new LinkedHashMap<>();
		migration.put("complexity", metrics.complexity());
		migration.put("estimated_effort_days", metrics.effortDays());
		attributes.put("migration", migration);
		if (metrics.monthlyCost() != null) {
			attributes.put("monthly_run_rate_usd", metrics.monthlyCost());
		}
		return json.write(attributes);
	}

	private static Map<String, Object> source(AssetSource source) {
		Map<String, Object> origin = new LinkedHashMap<>();
		origin.put("data_import_id", source.dataImportId().toString());
		origin.put("import_name", source.importName());
		origin.put("record_index", source.recordIndex());
		origin.put("raw_import_record_id", source.rawImportRecordId().toString());
		return origin;
	}

	private static Map<String, Object> utilization(Metrics metrics) {
		Map<String, Object> utilization = new LinkedHashMap<>();
		utilization.put("cpu_percent", BigDecimal.valueOf(metrics.cpuPercent()));
		utilization.put("memory_percent", BigDecimal.valueOf(metrics.memoryPercent()));
		utilization.put("basis", metrics.measured() ? "measured_30d_average" : "estimated");
		return utilization;
	}

	private static Map<String, Object> lifecycle(Optional<String> endOfSupport) {
		Map<String, Object> lifecycle = new LinkedHashMap<>();
		lifecycle.put("end_of_support", endOfSupport.isPresent());
		endOfSupport.ifPresent((statement) -> lifecycle.put("note", statement));
		return lifecycle;
	}

}
