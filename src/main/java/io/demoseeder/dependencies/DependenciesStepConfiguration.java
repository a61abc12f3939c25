package io.demoseeder.dependencies;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.assets.AssetColumns;
import io.demoseeder.bulk.CopyItemWriter;
import io.demoseeder.bulk.TenantPartitioner;
import io.demoseeder.bulk.TenantRowsReader;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;
import io.demoseeder.model.Tables;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.steps.StepFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dependency analysis: each asset's dependencies on others of its engagement (hosts,
 * databases, network, APIs, storage), with at least one cycle per engagement that has
 * three applications (see {@link DependencyRules}).
 */
@Configuration(proxyBeanMethods = false)
public class DependenciesStepConfiguration {

	public static final String STEP_NAME = "dependencies";

	/**
	 * One tenant's (the partition's) by engagement, then id: a stable order that needs no
	 * collation.
	 */
	private static final String SOURCE_ASSETS = """
			SELECT %s
			FROM migration.assets
			WHERE client_account_id = ?
			ORDER BY engagement_id, id
			""".formatted(AssetColumns.only("id", "client_account_id", "engagement_id", "name", "hostname",
			"asset_type=asset_type::text", "asset_subtype", "ip_address=host(ip_address)", "operating_system",
			"os_version", "technology_stack", "cpu_cores", "memory_gb", "storage_gb", "environment", "criticality",
			"business_owner", "technical_owner", "department", "six_r_strategy=six_r_strategy::text",
			"migration_wave_id", "discovery_flow_id", "created_at", "updated_at"));

	@Bean
	Step dependenciesStep(StepFactory steps, ItemStreamReader<Asset> dependenciesReader,
			ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor,
			ItemWriter<List<AssetDependency>> dependenciesWriter) {
		// dependencies stay within an engagement, hence within a tenant; the assets they
		// point at were committed by the assets step
		return steps.perTenant(STEP_NAME,
				steps.worker(STEP_NAME, dependenciesReader, dependenciesProcessor, dependenciesWriter));
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> dependenciesReader(DataSource targetDataSource,
			@Value("#{stepExecutionContext['" + TenantPartitioner.CLIENT_ACCOUNT_ID + "']}") String clientAccountId) {
		return TenantRowsReader.of("dependenciesSourceAssetsReader", targetDataSource, SOURCE_ASSETS, clientAccountId,
				Asset.class);
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor(SeedContext context, JdbcTemplate jdbcTemplate) {
		return new DependencyPlanner(jdbcTemplate, new DependencyRules(context));
	}

	@Bean
	ItemWriter<List<AssetDependency>> dependenciesWriter(DataSource targetDataSource) {
		// COPY in the chunk's transaction; a replayed chunk inserts nothing twice
		return CopyItemWriter.<AssetDependency>forRecords(targetDataSource, Tables.ASSET_DEPENDENCIES).forLists();
	}

}
