package io.demoseeder.seed;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.demoseeder.seed.AssetField.ASSET_SUBTYPE;
import static io.demoseeder.seed.AssetField.ASSET_TYPE;
import static io.demoseeder.seed.AssetField.BUSINESS_OWNER;
import static io.demoseeder.seed.AssetField.CPU_CORES;
import static io.demoseeder.seed.AssetField.CPU_UTILIZATION;
import static io.demoseeder.seed.AssetField.CRITICALITY;
import static io.demoseeder.seed.AssetField.DEPARTMENT;
import static io.demoseeder.seed.AssetField.ENVIRONMENT;
import static io.demoseeder.seed.AssetField.HOSTNAME;
import static io.demoseeder.seed.AssetField.IP_ADDRESS;
import static io.demoseeder.seed.AssetField.LOCATION;
import static io.demoseeder.seed.AssetField.MEMORY_GB;
import static io.demoseeder.seed.AssetField.MEMORY_UTILIZATION;
import static io.demoseeder.seed.AssetField.NAME;
import static io.demoseeder.seed.AssetField.OPERATING_SYSTEM;
import static io.demoseeder.seed.AssetField.OS_VERSION;
import static io.demoseeder.seed.AssetField.STORAGE_GB;
import static io.demoseeder.seed.AssetField.TECHNICAL_OWNER;
import static io.demoseeder.seed.AssetField.TECHNOLOGY_STACK;

/**
 * The three input formats: file name, MIME type and the source columns, in file order,
 * with the canonical field each maps to. A user's own export in one of these formats must
 * use these column names (documented in README.md).
 */
public enum SourceFormat {

	CMDB_CSV("cmdb_export.csv", "text/csv", "cmdb",
			columns("Name", NAME, "Host Name", HOSTNAME, "IP Address", IP_ADDRESS, "Class", ASSET_TYPE, "Subclass",
					ASSET_SUBTYPE, "OS", OPERATING_SYSTEM, "OS Version", OS_VERSION, "CPU Count", CPU_CORES, "RAM (GB)",
					MEMORY_GB, "Disk (GB)", STORAGE_GB, "Environment", ENVIRONMENT, "Criticality", CRITICALITY,
					"Business Owner", BUSINESS_OWNER, "Support Group", TECHNICAL_OWNER, "Department", DEPARTMENT,
					"Tech Stack", TECHNOLOGY_STACK, "Location", LOCATION, "CPU Util %", CPU_UTILIZATION, "Mem Util %",
					MEMORY_UTILIZATION)),

	CLOUD_JSON("cloud_inventory.json", "application/json", "cloud_inventory",
			columns("name", NAME, "hostname", HOSTNAME, "privateIpAddress", IP_ADDRESS, "resourceType", ASSET_TYPE,
					"resourceSubtype", ASSET_SUBTYPE, "platform", OPERATING_SYSTEM, "platformVersion", OS_VERSION,
					"vcpus", CPU_CORES, "memoryGiB", MEMORY_GB, "storageGiB", STORAGE_GB, "environment", ENVIRONMENT,
					"criticality", CRITICALITY, "ownerEmail", BUSINESS_OWNER, "team", TECHNICAL_OWNER, "costCenter",
					DEPARTMENT, "runtime", TECHNOLOGY_STACK, "region", LOCATION, "avgCpuPercent", CPU_UTILIZATION,
					"avgMemoryPercent", MEMORY_UTILIZATION)),

	MANUAL_XLSX("manual_asset_list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "manual",
			columns("Asset Name", NAME, "Server Name", HOSTNAME, "IP", IP_ADDRESS, "Type", ASSET_TYPE, "Sub Type",
					ASSET_SUBTYPE, "Operating System", OPERATING_SYSTEM, "Version", OS_VERSION, "vCPU", CPU_CORES,
					"Memory GB", MEMORY_GB, "Storage GB", STORAGE_GB, "Env", ENVIRONMENT, "Business Criticality",
					CRITICALITY, "App Owner", BUSINESS_OWNER, "Tech Contact", TECHNICAL_OWNER, "Business Unit",
					DEPARTMENT, "Technology", TECHNOLOGY_STACK, "Site", LOCATION));

	/** The sheet of {@link #MANUAL_XLSX} that holds the assets. */
	public static final String XLSX_SHEET = "Assets";

	private final String fileName;

	private final String mimeType;

	private final String importType;

	private final Map<String, AssetField> columns;

	SourceFormat(String fileName, String mimeType, String importType, Map<String, AssetField> columns) {
		this.fileName = fileName;
		this.mimeType = mimeType;
		this.importType = importType;
		this.columns = columns;
	}

	public String fileName() {
		return this.fileName;
	}

	public String mimeType() {
		return this.mimeType;
	}

	/** The {@code data_imports.import_type}. */
	public String importType() {
		return this.importType;
	}

	/** Source column name to canonical field, in the order the file has them. */
	public Map<String, AssetField> columns() {
		return this.columns;
	}

	private static Map<String, AssetField> columns(Object... pairs) {
		Map<String, AssetField> columns = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			columns.put((String) pairs[i], (AssetField) pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(columns);
	}

}
