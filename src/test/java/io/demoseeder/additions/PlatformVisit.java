package io.demoseeder.additions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.SourceFormat;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a sales engineer does in the demo during a customer call, written as the platform
 * writes it (random ids, the database's defaults, {@code now()}): uploads an import,
 * approves suggested mappings, starts a flow. Rows are copied from a seeded row of the
 * same table where the platform would set many columns, then given their own values, so
 * the same visit works on any schema that has the columns named here (the tests of the
 * platform's own schema use it too).
 */
public final class PlatformVisit {

	static final String CLIENT = "11111111-1111-1111-1111-111111111111";

	static final String ENGAGEMENT = "22222222-2222-2222-2222-222222222222";

	private static final String ADD_IMPORT = """
			INSERT INTO migration.data_imports
			SELECT (jsonb_populate_record(d, jsonb_build_object('id', CAST(? AS uuid), 'import_name', ?, 'filename', ?,
			    'mime_type', ?, 'status', 'processed', 'total_records', ?, 'imported_by', CAST(? AS uuid),
			    'created_at', now(), 'started_at', now(), 'completed_at', now()))).*
			FROM migration.data_imports d WHERE d.client_account_id = CAST(? AS uuid) ORDER BY d.id LIMIT 1""";

	private static final String ADD_RECORD = """
			INSERT INTO migration.raw_import_records (id, data_import_id, client_account_id, engagement_id, record_index,
			    raw_data)
			VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), ?, CAST(? AS json))""";

	private static final String COPY_DEMO_IMPORT = """
			INSERT INTO migration.data_imports
			SELECT (jsonb_populate_record(d, jsonb_build_object('id', CAST(? AS uuid), 'filename', ?,
			    'import_name', 'The CMDB export again', 'status', 'processed', 'created_at', now()))).*
			FROM migration.data_imports d WHERE d.filename = 'cmdb_export.csv' AND d.client_account_id = CAST(? AS uuid)""";

	private static final String COPY_DEMO_RECORDS = """
			INSERT INTO migration.raw_import_records (id, data_import_id, client_account_id, engagement_id, record_index,
			    raw_data)
			SELECT md5(r.id::text || CAST(? AS text))::uuid, CAST(? AS uuid), r.client_account_id, r.engagement_id,
			    r.record_index, r.raw_data
			FROM migration.raw_import_records r JOIN migration.data_imports d ON d.id = r.data_import_id
			WHERE d.filename = 'cmdb_export.csv' AND d.client_account_id = CAST(? AS uuid)""";

	private static final String APPROVE = """
			UPDATE migration.import_field_mappings SET status = 'approved', approved_by = ?, approved_at = now()
			WHERE id IN (SELECT id FROM migration.import_field_mappings
			             WHERE status = 'suggested' AND client_account_id = CAST(? AS uuid) ORDER BY id LIMIT ?)
			RETURNING id::text""";

	private static final String START_FLOW = """
			INSERT INTO migration.discovery_flows
			SELECT (jsonb_populate_record(f, jsonb_build_object('id', CAST(? AS uuid), 'flow_id', CAST(? AS uuid),
			    'flow_name', ?, 'user_id', ?, 'status', 'active', 'created_at', now(), 'updated_at', now()))).*
			FROM migration.discovery_flows f WHERE f.client_account_id = CAST(? AS uuid) ORDER BY f.id LIMIT 1""";

	/** An import's raw data, in record order: what a kept import must bring back. */
	public static final String KEPT_RAW_DATA = """
			SELECT raw_data::text FROM migration.raw_import_records WHERE data_import_id = CAST(? AS uuid)
			ORDER BY record_index""";

	/**
	 * What seeding a kept import made of it: records linked to assets, those assets, its
	 * mappings, and the flow of the customer call the visit uploads.
	 */
	public static final String KEPT_COUNTS = """
			SELECT (SELECT count(*) FROM migration.raw_import_records r
			        WHERE r.data_import_id = CAST(? AS uuid) AND r.asset_id IS NOT NULL) AS linked,
			       (SELECT count(*) FROM migration.assets a JOIN migration.raw_import_records r ON r.asset_id = a.id
			        WHERE r.data_import_id = CAST(? AS uuid)) AS assets,
			       (SELECT count(*) FROM migration.import_field_mappings m
			        WHERE m.data_import_id = CAST(? AS uuid)) AS mappings,
			       (SELECT count(*) FROM migration.discovery_flows f
			        WHERE f.flow_name = 'Discovery of Customer call: customer_cmdb.csv') AS flows""";

	private static final String DEMO_USER = """
			SELECT id::text FROM migration.users WHERE email = 'demo@democorp.com'""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final String user;

	public PlatformVisit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.user = jdbc.queryForObject(DEMO_USER, String.class);
	}

	/**
	 * Uploads {@code records} rows in {@code format} as {@code fileName}; returns the
	 * import's id and the {@code raw_data} of its records, in order.
	 */
	Upload upload(SourceFormat format, String fileName, int records) {
		String id = random();
		this.jdbc.update(ADD_IMPORT, id, "Customer call: " + fileName, fileName, format.mimeType(), records, this.user,
				CLIENT);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= records; i++) {
			Map<String, Object> row = row(format, i);
			this.jdbc.update(ADD_RECORD, random(), id, CLIENT, ENGAGEMENT, i, JSON.writeValueAsString(row));
			rows.add(row);
		}
		return new Upload(id, rows);
	}

	/**
	 * Uploads {@code records} rows of an inventory in {@code format}'s own columns, as a
	 * customer's export of that kind has them: servers, databases and applications named
	 * after {@code prefix}, every fifth with an address that is not one, the one before
	 * last a duplicate of the first host; {@code names} renames rows by index.
	 */
	public Upload uploadInventory(SourceFormat format, String fileName, String prefix, int records,
			Map<Integer, String> names) {
		String id = random();
		this.jdbc.update(ADD_IMPORT, id, "Customer call: " + fileName, fileName, format.mimeType(), records, this.user,
				CLIENT);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= records; i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			int index = i;
			int host = (i == records - 1) ? 1 : i;
			format.columns().forEach((column, field) -> row.put(column, inventory(field, prefix, host, index, format)));
			String name = format.column(AssetField.NAME).orElseThrow();
			if (names.containsKey(i)) {
				row.put(name, names.get(i));
			}
			this.jdbc.update(ADD_RECORD, random(), id, CLIENT, ENGAGEMENT, i, JSON.writeValueAsString(row));
			rows.add(row);
		}
		return new Upload(id, rows);
	}

	private static Object inventory(AssetField field, String prefix, int host, int i, SourceFormat format) {
		boolean typed = format == SourceFormat.CLOUD_JSON;
		String[] types = { "server", "database", "application" };
		String type = types[host % 3];
		return switch (field) {
			case NAME -> prefix + "-" + type + "-" + host;
			case HOSTNAME -> prefix + "-host-" + host;
			case IP_ADDRESS -> (i % 5 == 0) ? "10.9.0.999" : "10.9.0." + i;
			case ASSET_TYPE -> type;
			case OPERATING_SYSTEM -> (host % 2 == 0) ? "Windows Server" : "Ubuntu";
			case TECHNOLOGY_STACK -> switch (type) {
				case "database" -> (host % 2 == 0) ? "SQL Server 2019" : "PostgreSQL 15";
				case "application" -> "Java 17 / Spring Boot";
				default -> null;
			};
			case CPU_CORES -> typed ? (Object) (2 + host % 6) : String.valueOf(2 + host % 6);
			case MEMORY_GB -> typed ? (Object) (8 * host) : String.valueOf(8 * host);
			case ENVIRONMENT -> "production";
			case CRITICALITY -> "high";
			case LOCATION -> "Customer DC";
			default -> null;
		};
	}

	/**
	 * Uploads the demo's own CMDB export again as {@code fileName}: every record a copy
	 * of one the demo has, so none makes a new asset. Returns the import's id.
	 */
	String uploadDemoCmdbAgain(String fileName) {
		String id = random();
		this.jdbc.update(COPY_DEMO_IMPORT, id, fileName, CLIENT);
		this.jdbc.update(COPY_DEMO_RECORDS, id, id, CLIENT);
		return id;
	}

	/**
	 * Approves {@code count} suggested mappings of the demo client; returns their ids.
	 */
	List<String> approve(int count) {
		return this.jdbc.queryForList(APPROVE, String.class, this.user, CLIENT, count);
	}

	/** Starts a discovery flow; returns its id. */
	String startFlow(String name) {
		String id = random();
		this.jdbc.update(START_FLOW, id, random(), name, this.user, CLIENT);
		return id;
	}

	/**
	 * A record as each format's reader gives it: a CSV and a workbook hold text, JSON
	 * numbers too.
	 */
	private static Map<String, Object> row(SourceFormat format, int i) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", "call-host-" + i);
		row.put("ip_address", "10.9.0." + i);
		boolean typed = format == SourceFormat.CLOUD_JSON;
		row.put("cpu_cores", typed ? (Object) (2 + i % 6) : String.valueOf(2 + i % 6));
		row.put("memory_gb", typed ? (Object) (4.5 * i) : String.valueOf(4 * i));
		row.put("owner", (i % 5 == 0) ? null : "Ana Müller, \"ops\"");
		return row;
	}

	/** A random id, as the platform makes them (not the seeder's name-based ones). */
	private static String random() {
		return UUID.randomUUID().toString();
	}

	public record Upload(String id, List<Map<String, Object>> rawData) {

	}

}
