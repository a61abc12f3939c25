package io.demoseeder.assessments;

import io.demoseeder.config.SeederProperties;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.Asset;
import io.demoseeder.model.Assessment;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tech-debt assessment: technical, risk, performance and security assessments of every
 * asset, with findings, recommendations and a recommended 6R strategy.
 */
@Configuration(proxyBeanMethods = false)
public class AssessmentsStepConfiguration {

	public static final String STEP_NAME = "assessments";

	/** By engagement, then id: a stable order that needs no collation. */
	private static final String ASSETS = """
			SELECT id, client_account_id, engagement_id, name, hostname, asset_type, asset_subtype,
			    host(ip_address) AS ip_address, operating_system, os_version, technology_stack, cpu_cores, memory_gb,
			    storage_gb, environment, criticality, business_owner, technical_owner, department, six_r_strategy,
			    migration_wave_id, discovery_flow_id, custom_attributes::text AS custom_attributes, created_at,
			    updated_at
			FROM migration.assets
			ORDER BY engagement_id, id
			""";

	@Bean
	Step assessmentsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<Asset> assessmentsReader, ItemProcessor<Asset, List<Assessment>> assessmentsProcessor,
			ItemWriter<List<Assessment>> assessmentsWriter, FailurePoint failurePoint, SeederProperties properties) {
		return new StepBuilder(STEP_NAME, jobRepository).<Asset, List<Assessment>>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(assessmentsReader)
			.processor(assessmentsProcessor)
			.writer(assessmentsWriter)
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> assessmentsReader(DataSource targetDataSource) {
		return new JdbcCursorItemReaderBuilder<Asset>().name("assessmentsAssetsReader")
			.dataSource(targetDataSource)
			.sql(ASSETS)
			.dataRowMapper(Asset.class)
			.connectionAutoCommit(false)
			.fetchSize(500)
			.build();
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<Assessment>> assessmentsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JsonMapper jsonMapper) {
		SeedContext context = SeedContext.of(jobParameters);
		return new AssessmentPlanner(context, jsonMapper, Assessors.of(DemoPlan.of(context), new EntityIds(context)));
	}

	@Bean
	ItemWriter<List<Assessment>> assessmentsWriter(DataSource targetDataSource) {
		return new AssessmentsWriter(new NamedParameterJdbcTemplate(targetDataSource));
	}

}
