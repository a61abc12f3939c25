package io.demoseeder.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every table of schema {@value #SCHEMA} with the record that mirrors it, in an order in
 * which rows can be inserted (parents before children; reverse it to delete). A record's
 * components, in camelCase, are the table's columns in snake_case in ordinal order; enum,
 * jsonb and inet columns are carried as text.
 */
public enum Tables {

	CLIENT_ACCOUNTS("client_accounts", ClientAccount.class),

	ENGAGEMENTS("engagements", Engagement.class),

	USERS("users", User.class),

	USER_ACCOUNT_ASSOCIATIONS("user_account_associations", UserAccountAssociation.class),

	USER_PROFILES("user_profiles", UserProfile.class),

	USER_ROLES("user_roles", UserRole.class),

	CLIENT_ACCESS("client_access", ClientAccess.class),

	ENGAGEMENT_ACCESS("engagement_access", EngagementAccess.class),

	TAGS("tags", Tag.class),

	CREWAI_FLOW_STATE_EXTENSIONS("crewai_flow_state_extensions", CrewaiFlowStateExtension.class),

	DATA_IMPORTS("data_imports", DataImport.class),

	DISCOVERY_FLOWS("discovery_flows", DiscoveryFlow.class),

	MIGRATION_WAVES("migration_waves", MigrationWave.class),

	MIGRATIONS("migrations", Migration.class),

	ASSETS("assets", Asset.class),

	RAW_IMPORT_RECORDS("raw_import_records", RawImportRecord.class),

	IMPORT_FIELD_MAPPINGS("import_field_mappings", ImportFieldMapping.class),

	ASSET_TAGS("asset_tags", AssetTag.class),

	ASSET_DEPENDENCIES("asset_dependencies", AssetDependency.class),

	ASSESSMENTS("assessments", Assessment.class);

	/** The PostgreSQL schema that holds the application tables. */
	public static final String SCHEMA = "migration";

	private final String tableName;

	private final Class<? extends Record> recordType;

	Tables(String tableName, Class<? extends Record> recordType) {
		this.tableName = tableName;
		this.recordType = recordType;
	}

	public String tableName() {
		return this.tableName;
	}

	/** The table name qualified with its schema, for SQL. */
	public String qualifiedName() {
		return SCHEMA + "." + this.tableName;
	}

	public Class<? extends Record> recordType() {
		return this.recordType;
	}

	/** The table's column names, derived from the record's components in order. */
	public List<String> columnNames() {
		return Arrays.stream(this.recordType.getRecordComponents()).map((c) -> snakeCase(c.getName())).toList();
	}

	public static Optional<Tables> forRecord(Class<?> recordType) {
		return Arrays.stream(values()).filter((t) -> t.recordType == recordType).findFirst();
	}

	/** {@code sixRStrategy} → {@code six_r_strategy}. */
	public static String snakeCase(String camelCase) {
		return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

}
