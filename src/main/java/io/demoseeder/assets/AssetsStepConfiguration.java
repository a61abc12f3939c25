package io.demoseeder.assets;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.partition.TenantPartitioner;
import io.demoseeder.partition.TenantRowsReader;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The asset inventory: every valid, processed record of a completed import becomes an
 * asset (with its 6R strategy, wave and tags), the asset its record already points at.
 */
@Configuration(proxyBeanMethods = false)
public class AssetsStepConfiguration {

	public static final String STEP_NAME = "assets";

	/**
	 * Records that become assets, in one stable order: a relaunch must see the same rows
	 * in the same order to skip the ones already done. The flow is the one whose master
	 * flow the import belongs to, and the mappings the import's approved ones, both
	 * looked up once per import (a lateral join per record cost a sort per row). One
	 * tenant's (the partition's), so the import and record index alone give the order.
	 */
	private static final String SOURCE_RECORDS = """
			WITH imports AS MATERIALIZED (
			    SELECT di.id, di.import_name, di.completed_at, di.filename, di.source_system, di.imported_by,
			        flow.id AS discovery_flow_id, flow.flow_id, flow.master_flow_id,
			        (SELECT jsonb_object_agg(m.source_field, m.target_field ORDER BY m.source_field)::text
			         FROM migration.import_field_mappings m
			         WHERE m.data_import_id = di.id AND m.status = 'approved') AS field_mappings
			    FROM migration.data_imports di
			    LEFT JOIN LATERAL (
			        SELECT df.id, df.flow_id, df.master_flow_id
			        FROM migration.crewai_flow_state_extensions c
			        JOIN migration.discovery_flows df ON df.master_flow_id = c.flow_id
			        -- the import names its master row by id, or by flow_id where the target's key says so
			        WHERE di.master_flow_id IN (c.id, c.flow_id) ORDER BY df.id LIMIT 1) flow ON true
			    WHERE di.status = 'completed' AND di.client_account_id = ?)
			SELECT r.id AS raw_import_record_id, r.client_account_id, r.engagement_id, ca.slug AS tenant_key,
			    r.data_import_id, i.import_name, r.record_index, r.cleansed_data::text AS cleansed_data,
			    i.discovery_flow_id, COALESCE(r.processed_at, i.completed_at) AS processed_at,
			    r.raw_data::text AS raw_data, i.flow_id, i.master_flow_id, i.filename AS source_filename,
			    i.source_system, i.imported_by, i.field_mappings
			FROM imports i
			JOIN migration.raw_import_records r ON r.data_import_id = i.id
			JOIN migration.client_accounts ca ON ca.id = r.client_account_id
			WHERE r.is_valid AND r.is_processed AND r.cleansed_data IS NOT NULL
			ORDER BY r.data_import_id, r.record_index
			""";

	/**
	 * The columns of an asset that every later stage reads: what it is, where it runs,
	 * who owns it, and its plan.
	 */
	private static final List<String> PROFILE = List.of("id", "client_account_id", "engagement_id", "name", "hostname",
			"asset_type=asset_type::text", "asset_subtype", "ip_address=host(ip_address::inet)", "operating_system",
			"os_version", "technology_stack", "cpu_cores", "memory_gb", "storage_gb", "environment", "criticality",
			"business_owner", "technical_owner", "department", "six_r_strategy=six_r_strategy::text",
			"migration_wave_id", "discovery_flow_id", "created_at", "updated_at");

	/**
	 * One tenant's (the partition's) by engagement, then id: a stable order that needs no
	 * collation.
	 */
	private static final String TENANT_ASSETS = """
			SELECT %s
			FROM migration.assets
			WHERE client_account_id = ?
			ORDER BY engagement_id, id
			""";

	/**
	 * The query by which a later stage reads one tenant's assets: the {@link #PROFILE}
	 * columns and {@code more}, the rest NULL (see {@link AssetColumns}).
	 */
	public static String tenantAssets(TargetCatalog catalog, String... more) {
		String[] columns = Stream.concat(PROFILE.stream(), Stream.of(more)).toArray(String[]::new);
		return TENANT_ASSETS.formatted(AssetColumns.only(catalog, columns));
	}

	@Bean
	Step assetsStep(StepFactory steps, ItemStreamReader<AssetSource> assetsReader,
			ItemProcessor<AssetSource, BuiltAsset> assetsProcessor, ItemWriter<BuiltAsset> assetsWriter) {
		// an asset is built from its own tenant's records and plan only
		return steps.perTenant(STEP_NAME, assetsReader, assetsProcessor, assetsWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<AssetSource> assetsReader(DataSource targetDataSource,
			@Value(TenantPartitioner.PARTITION_CLIENT_ACCOUNT_ID) String clientAccountId) {
		return TenantRowsReader.of("assetsSourceRecordsReader", targetDataSource, SOURCE_RECORDS, clientAccountId,
				AssetSource.class);
	}

	@Bean
	@StepScope
	ItemProcessor<AssetSource, BuiltAsset> assetsProcessor(SeedContext context, DemoPlan plan, JsonMapper jsonMapper) {
		return new AssetBuilder(context, plan, jsonMapper);
	}

	@Bean
	ItemWriter<BuiltAsset> assetsWriter(DataSource targetDataSource) {
		return new AssetsWriter(targetDataSource);
	}

}
