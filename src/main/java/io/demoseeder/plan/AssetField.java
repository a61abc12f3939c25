package io.demoseeder.plan;

import java.util.Map;

/**
 * The platform's canonical asset attributes: the {@code target_field} of a field mapping,
 * the keys of {@code raw_import_records.cleansed_data}, and what the assets step reads.
 */
public enum AssetField {

	NAME("name"), HOSTNAME("hostname"), IP_ADDRESS("ip_address"), ASSET_TYPE("asset_type"),
	ASSET_SUBTYPE("asset_subtype"), OPERATING_SYSTEM("operating_system"), OS_VERSION("os_version"),
	TECHNOLOGY_STACK("technology_stack"), CPU_CORES("cpu_cores"), MEMORY_GB("memory_gb"), STORAGE_GB("storage_gb"),
	ENVIRONMENT("environment"), CRITICALITY("criticality"), BUSINESS_OWNER("business_owner"),
	TECHNICAL_OWNER("technical_owner"), DEPARTMENT("department"), LOCATION("location"),
	CPU_UTILIZATION("cpu_utilization_percent"), MEMORY_UTILIZATION("memory_utilization_percent");

	private final String key;

	AssetField(String key) {
		this.key = key;
	}

	/** The snake_case name used in JSON and as {@code target_field}. */
	public String key() {
		return this.key;
	}

	/** This field's text in cleansed data: trimmed, null when absent or blank. */
	public String textIn(Map<String, ?> cleansed) {
		Object value = cleansed.get(this.key);
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * What an asset is keyed by ({@link EntityIds#asset}): its name, else its hostname;
	 * null when it has neither. The raw-records step links a record to the asset the
	 * assets step will build from it by this name.
	 */
	public static String assetName(Map<String, ?> cleansed) {
		String name = NAME.textIn(cleansed);
		return (name != null) ? name : HOSTNAME.textIn(cleansed);
	}

}
