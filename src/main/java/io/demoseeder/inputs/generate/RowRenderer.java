package io.demoseeder.inputs.generate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.demoseeder.inputs.generate.SourceSystem.Naming;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;

/**
 * Spells an asset as one row of a source format: its columns in file order, numbers as
 * {@code Integer}/{@code Double}, text as strings, absent values as null, each value as
 * the format's source system spells it.
 */
final class RowRenderer {

	private RowRenderer() {
	}

	static Map<String, Object> render(SourceFormat format, SourceSystem system, AssetSpec asset, OwnerPool people) {
		Map<String, Object> row = new LinkedHashMap<>();
		format.columns().forEach((column, field) -> row.put(column, value(system, field, asset, people)));
		return row;
	}

	/** The source column of a canonical field in a format. */
	static String column(SourceFormat format, AssetField field) {
		return format.column(field).orElseThrow();
	}

	private static Object value(SourceSystem system, AssetField field, AssetSpec asset, OwnerPool people) {
		return switch (field) {
			case NAME -> asset.name();
			case HOSTNAME -> asset.hostname();
			case IP_ADDRESS -> asset.ipAddress();
			case ASSET_TYPE -> system.assetType(asset.kind());
			case ASSET_SUBTYPE -> asset.subtype();
			case OPERATING_SYSTEM -> system.operatingSystem(asset.os());
			case OS_VERSION -> asset.osVersion();
			case TECHNOLOGY_STACK -> asset.technologyStack();
			case CPU_CORES -> asset.cpuCores();
			case MEMORY_GB -> asset.memoryGb();
			case STORAGE_GB -> asset.storageGb();
			case ENVIRONMENT -> system.environment(asset.environment());
			case CRITICALITY -> system.criticality(asset.criticality());
			case BUSINESS_OWNER -> person(system.businessOwner(), asset, people);
			case TECHNICAL_OWNER -> person(system.technicalOwner(), asset, people);
			case DEPARTMENT -> asset.businessOwner().department();
			case LOCATION -> asset.location();
			case CPU_UTILIZATION -> asset.cpuUtilization();
			case MEMORY_UTILIZATION -> asset.memoryUtilization();
		};
	}

	private static String person(Naming person, AssetSpec asset, OwnerPool people) {
		return switch (person) {
			case OWNER_NAME -> asset.businessOwner().fullName();
			case OWNER_EMAIL -> people.email(asset.businessOwner());
			case TEAM -> asset.team();
			case TEAM_TAG -> Naming.tag(asset.team());
			case CONTACT_NAME -> asset.technicalContact().fullName();
		};
	}

}
