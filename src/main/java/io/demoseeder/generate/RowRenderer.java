package io.demoseeder.generate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.demoseeder.seed.AssetField;
import io.demoseeder.seed.SourceFormat;

/**
 * Spells an asset as one row of a source format: its columns in file order, numbers as
 * {@code Integer}/{@code Double}, text as strings, absent values as null.
 */
final class RowRenderer {

	private RowRenderer() {
	}

	static Map<String, Object> render(SourceFormat format, AssetSpec asset, OwnerPool people) {
		Map<String, Object> row = new LinkedHashMap<>();
		format.columns().forEach((column, field) -> row.put(column, value(format, field, asset, people)));
		return row;
	}

	/** The source column of a canonical field in a format. */
	static String column(SourceFormat format, AssetField field) {
		return format.columns()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == field)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private static Object value(SourceFormat format, AssetField field, AssetSpec asset, OwnerPool people) {
		boolean cloud = format == SourceFormat.CLOUD_JSON;
		return switch (field) {
			case NAME -> asset.name();
			case HOSTNAME -> asset.hostname();
			case IP_ADDRESS -> asset.ipAddress();
			case ASSET_TYPE -> Spellings.assetType(format, asset.kind());
			case ASSET_SUBTYPE -> asset.subtype();
			case OPERATING_SYSTEM -> Spellings.operatingSystem(format, asset.os());
			case OS_VERSION -> asset.osVersion();
			case TECHNOLOGY_STACK -> asset.technologyStack();
			case CPU_CORES -> asset.cpuCores();
			case MEMORY_GB -> asset.memoryGb();
			case STORAGE_GB -> asset.storageGb();
			case ENVIRONMENT -> Spellings.environment(format, asset.environment());
			case CRITICALITY -> Spellings.criticality(format, asset.criticality());
			case BUSINESS_OWNER -> cloud ? people.email(asset.businessOwner()) : asset.businessOwner().fullName();
			case TECHNICAL_OWNER -> switch (format) {
				case CMDB_CSV -> asset.team();
				case CLOUD_JSON -> Spellings.tag(asset.team());
				case MANUAL_XLSX -> asset.technicalContact().fullName();
			};
			case DEPARTMENT -> asset.businessOwner().department();
			case LOCATION -> asset.location();
			case CPU_UTILIZATION -> asset.cpuUtilization();
			case MEMORY_UTILIZATION -> asset.memoryUtilization();
		};
	}

}
