package io.demoseeder.assessments;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.assets.AssetColumns;
import io.demoseeder.bulk.CopyItemWriter;
import io.demoseeder.bulk.PartitionedSteps;
import io.demoseeder.bulk.TenantPartitioner;
import io.demoseeder.bulk.TenantRowsReader;
import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.Asset;
import io.demoseeder.model.Assessment;
import io.demoseeder.model.Tables;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlans;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tech-debt assessment: technical, risk, performance and security assessments of every
 * asset, with findings, recommendations and a recommended 6R strategy.
 */
@Configuration(proxyBeanMethods = false)
public class AssessmentsStepConfiguration {

	public static final String STEP_NAME = "assessments";

	/**
	 * One tenant's (the partition's) by engagement, then id: a stable order that needs no
	 * collation.
	 */
	private static final String ASSETS = """
			SELECT %s
			FROM migration.assets
			WHERE client_account_id = ?
			ORDER BY engagement_id, id
			""".formatted(AssetColumns.only("id", "client_account_id", "engagement_id", "name", "hostname",
			"asset_type=asset_type::text", "asset_subtype", "ip_address=host(ip_address)", "operating_system",
			"os_version", "technology_stack", "cpu_cores", "memory_gb", "storage_gb", "environment", "criticality",
			"business_owner", "technical_owner", "department", "six_r_strategy=six_r_strategy::text",
			"migration_wave_id", "discovery_flow_id", "custom_attributes=custom_attributes::text", "migration_id",
			"migration_wave", "migration_complexity", "current_monthly_cost", "estimated_cloud_cost",
			"business_criticality", "created_at", "updated_at"));

	@Bean
	Step assessmentsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<Asset> assessmentsReader, ItemProcessor<Asset, List<Assessment>> assessmentsProcessor,
			ItemWriter<List<Assessment>> assessmentsWriter, FailurePoint failurePoint, SeederProperties properties,
			JdbcTemplate jdbcTemplate) {
		Step worker = new StepBuilder(STEP_NAME, jobRepository).<Asset, List<Assessment>>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(assessmentsReader)
			.processor(assessmentsProcessor)
			.writer(assessmentsWriter)
			.listener(failurePoint)
			.build();
		// an assessment depends on its asset alone, committed by the assets step
		return PartitionedSteps.partitioned(STEP_NAME, jobRepository, new TenantPartitioner(jdbcTemplate), worker,
				properties.threadCount(), failurePoint);
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> assessmentsReader(DataSource targetDataSource,
			@Value("#{stepExecutionContext['" + TenantPartitioner.CLIENT_ACCOUNT_ID + "']}") String clientAccountId) {
		return TenantRowsReader.of("assessmentsAssetsReader", targetDataSource, ASSETS, clientAccountId, Asset.class);
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<Assessment>> assessmentsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JsonMapper jsonMapper) {
		SeedContext context = SeedContext.of(jobParameters);
		DemoPlan plan = DemoPlans.of(context);
		return new AssessmentPlanner(context, jsonMapper, Assessors.of(plan, new EntityIds(context)), plan);
	}

	@Bean
	ItemWriter<List<Assessment>> assessmentsWriter(DataSource targetDataSource) {
		// COPY in the chunk's transaction; a replayed chunk is a no-op
		return CopyItemWriter.<Assessment>forRecords(targetDataSource, Tables.ASSESSMENTS).forLists();
	}

}
