package io.demoseeder.plan;

import java.util.Map;
import java.util.Optional;

import io.demoseeder.model.Pairs;

import static io.demoseeder.plan.AssetField.ASSET_SUBTYPE;
import static io.demoseeder.plan.AssetField.ASSET_TYPE;
import static io.demoseeder.plan.AssetField.BUSINESS_OWNER;
import static io.demoseeder.plan.AssetField.CPU_CORES;
import static io.demoseeder.plan.AssetField.CPU_UTILIZATION;
import static io.demoseeder.plan.AssetField.CRITICALITY;
import static io.demoseeder.plan.AssetField.DEPARTMENT;
import static io.demoseeder.plan.AssetField.ENVIRONMENT;
import static io.demoseeder.plan.AssetField.HOSTNAME;
import static io.demoseeder.plan.AssetField.IP_ADDRESS;
import static io.demoseeder.plan.AssetField.LOCATION;
import static io.demoseeder.plan.AssetField.MEMORY_GB;
import static io.demoseeder.plan.AssetField.MEMORY_UTILIZATION;
import static io.demoseeder.plan.AssetField.NAME;
import static io.demoseeder.plan.AssetField.OPERATING_SYSTEM;
import static io.demoseeder.plan.AssetField.OS_VERSION;
import static io.demoseeder.plan.AssetField.STORAGE_GB;
import static io.demoseeder.plan.AssetField.TECHNICAL_OWNER;
import static io.demoseeder.plan.AssetField.TECHNOLOGY_STACK;

/**
 * The input formats by name (the name is persisted: the manifest and the plans name it),
 * with what every stage may know of them: file name, MIME type, import type and the
 * source columns, in file order, with the canonical field each maps to. A user's own
 * export in one of these formats must use these column names (documented in README.md).
 * How a format is read, written and spelled is its {@code inputs.format.InputFormat}'s.
 */
public enum SourceFormat {

	/**
	 * The CMDB's own field names, as its export writes them: the platform team's mapping
	 * samples ({@code server_name}, {@code ip_addr}, {@code operating_sys},
	 * {@code business_unit}, {@code tech_contact}) are columns of this file.
	 */
	CMDB_CSV(new Spec("cmdb_export.csv", "text/csv", "cmdb",
			columns("name", NAME, "server_name", HOSTNAME, "ip_addr", IP_ADDRESS, "asset_class", ASSET_TYPE,
					"asset_subclass", ASSET_SUBTYPE, "operating_sys", OPERATING_SYSTEM, "os_version", OS_VERSION,
					"cpu_count", CPU_CORES, "ram_gb", MEMORY_GB, "disk_gb", STORAGE_GB, "environment", ENVIRONMENT,
					"criticality", CRITICALITY, "business_owner", BUSINESS_OWNER, "tech_contact", TECHNICAL_OWNER,
					"business_unit", DEPARTMENT, "tech_stack", TECHNOLOGY_STACK, "location", LOCATION, "cpu_util_pct",
					CPU_UTILIZATION, "mem_util_pct", MEMORY_UTILIZATION))),

	CLOUD_JSON(new Spec("cloud_inventory.json", "application/json", "asset_inventory",
			columns("name", NAME, "hostname", HOSTNAME, "privateIpAddress", IP_ADDRESS, "resourceType", ASSET_TYPE,
					"resourceSubtype", ASSET_SUBTYPE, "platform", OPERATING_SYSTEM, "platformVersion", OS_VERSION,
					"vcpus", CPU_CORES, "memoryGiB", MEMORY_GB, "storageGiB", STORAGE_GB, "environment", ENVIRONMENT,
					"criticality", CRITICALITY, "ownerEmail", BUSINESS_OWNER, "team", TECHNICAL_OWNER, "costCenter",
					DEPARTMENT, "runtime", TECHNOLOGY_STACK, "region", LOCATION, "avgCpuPercent", CPU_UTILIZATION,
					"avgMemoryPercent", MEMORY_UTILIZATION))),

	/**
	 * A hand-kept list of assets: to the platform an asset inventory like the cloud's.
	 */
	MANUAL_XLSX(new Spec("manual_asset_list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"asset_inventory",
			columns("Asset Name", NAME, "Server Name", HOSTNAME, "IP", IP_ADDRESS, "Type", ASSET_TYPE, "Sub Type",
					ASSET_SUBTYPE, "Operating System", OPERATING_SYSTEM, "Version", OS_VERSION, "vCPU", CPU_CORES,
					"Memory GB", MEMORY_GB, "Storage GB", STORAGE_GB, "Env", ENVIRONMENT, "Business Criticality",
					CRITICALITY, "App Owner", BUSINESS_OWNER, "Tech Contact", TECHNICAL_OWNER, "Business Unit",
					DEPARTMENT, "Technology", TECHNOLOGY_STACK, "Site", LOCATION)));

	private final Spec spec;

	SourceFormat(Spec spec) {
		this.spec = spec;
	}

	public String fileName() {
		return this.spec.fileName();
	}

	public String mimeType() {
		return this.spec.mimeType();
	}

	/** The {@code data_imports.import_type}: a value of the platform's ImportType. */
	public String importType() {
		return this.spec.importType();
	}

	/** Source column name to canonical field, in the order the file has them. */
	public Map<String, AssetField> columns() {
		return this.spec.columns();
	}

	/** The column that holds {@code field}, if this format has one. */
	public Optional<String> column(AssetField field) {
		return columns().entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == field)
			.map(Map.Entry::getKey)
			.findFirst();
	}

	private static Map<String, AssetField> columns(Object... pairs) {
		return java.util.Collections.unmodifiableMap(Pairs.inOrder(pairs));
	}

	/**
	 * What the kernel knows of a format; how it is read, written and spelled is its
	 * InputFormat's.
	 */
	private record Spec(String fileName, String mimeType, String importType, Map<String, AssetField> columns) {
	}

}
