package io.demoseeder.validation.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asset the platform makes of a raw record: named by the record's host or name field
 * (made unique within the engagement), typed by its type field when that is one of the
 * platform's asset types.
 */
record RecordAsset(UUID id, String name, String hostname, String assetType) {

	/**
	 * The columns the seed revision's code sets, then ({@code %s}) those a schema that is
	 * not built-in requires besides ({@link RequiredColumns}).
	 */
	static final String INSERT = """
			INSERT INTO assets (id, client_account_id, engagement_id, flow_id, name, asset_name, hostname, asset_type,
			    source_phase, current_phase, phase_context, migration_priority, status, migration_status,
			    custom_attributes, raw_data, imported_at, updated_at%s)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS json), ?, ?, ?, CAST(? AS json), CAST(? AS json), ?, ?%s)""";

	/** The columns {@link #INSERT} names. */
	static final java.util.List<String> COLUMNS = java.util.List.of("id", "client_account_id", "engagement_id",
			"flow_id", "name", "asset_name", "hostname", "asset_type", "source_phase", "current_phase", "phase_context",
			"migration_priority", "status", "migration_status", "custom_attributes", "raw_data", "imported_at",
			"updated_at");

	private static final List<String> NAME_FIELDS = List.of("hostname", "host_name", "server_name", "name",
			"asset_name", "ci_name", "Hostname", "Name", "Server Name", "Asset Name");

	private static final List<String> TYPE_FIELDS = List.of("asset_type", "type", "ci_type", "Type", "asset_class",
			"resourceType");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static RecordAsset of(UUID recordId, int index, String rawData, Set<String> taken) {
		JsonNode raw = JSON.readTree(rawData);
		String hostname = first(raw, NAME_FIELDS);
		String name = (hostname != null) ? hostname : "record-" + index;
		if (taken.contains(name)) {
			name = name + "-" + index;
		}
		String type = first(raw, TYPE_FIELDS);
		type = (type != null) ? type.toLowerCase(Locale.ROOT) : null;
		String assetType = PlatformModel.get().values("AssetType").contains(type) ? type : "server";
		UUID id = UUID.nameUUIDFromBytes(("platform-workflow:" + recordId).getBytes(StandardCharsets.UTF_8));
		return new RecordAsset(id, name, hostname, assetType);
	}

	private static String first(JsonNode raw, List<String> fields) {
		for (String field : fields) {
			JsonNode value = raw.get(field);
			if (value != null && !value.isNull() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return null;
	}

}
