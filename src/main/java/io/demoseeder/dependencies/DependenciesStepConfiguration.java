package io.demoseeder.dependencies;

import io.demoseeder.config.SeederProperties;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;
import io.demoseeder.seed.SeedContext;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Dependency analysis: each asset's dependencies on others of its engagement (hosts,
 * databases, network, APIs, storage), with at least one cycle per engagement that has
 * three applications (see {@link DependencyRules}).
 */
@Configuration(proxyBeanMethods = false)
public class DependenciesStepConfiguration {

	public static final String STEP_NAME = "dependencies";

	/** By engagement, then id: a stable order that needs no collation. */
	private static final String SOURCE_ASSETS = """
			SELECT id, client_account_id, engagement_id, name, hostname, asset_type, asset_subtype,
			    host(ip_address) AS ip_address, operating_system, os_version, technology_stack, cpu_cores, memory_gb,
			    storage_gb, environment, criticality, business_owner, technical_owner, department, six_r_strategy,
			    migration_wave_id, discovery_flow_id, NULL AS custom_attributes, created_at, updated_at
			FROM migration.assets
			ORDER BY engagement_id, id
			""";

	@Bean
	Step dependenciesStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<Asset> dependenciesReader,
			ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor,
			ItemWriter<List<AssetDependency>> dependenciesWriter, FailurePoint failurePoint,
			SeederProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository).<Asset, List<AssetDependency>>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(dependenciesReader)
			.processor(dependenciesProcessor)
			.writer(dependenciesWriter)
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> dependenciesReader(DataSource targetDataSource) {
		return new JdbcCursorItemReaderBuilder<Asset>().name("dependenciesSourceAssetsReader")
			.dataSource(targetDataSource)
			.sql(SOURCE_ASSETS)
			.dataRowMapper(Asset.class)
			.connectionAutoCommit(false)
			.fetchSize(500)
			.build();
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JdbcTemplate jdbcTemplate) {
		return new DependencyPlanner(jdbcTemplate, new DependencyRules(SeedContext.of(jobParameters)));
	}

	@Bean
	ItemWriter<List<AssetDependency>> dependenciesWriter(DataSource targetDataSource) {
		return new DependenciesWriter(new NamedParameterJdbcTemplate(targetDataSource));
	}

}
