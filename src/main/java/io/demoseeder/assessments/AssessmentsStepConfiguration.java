package io.demoseeder.assessments;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.assets.AssetsStepConfiguration;
import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.Assessment;
import io.demoseeder.model.Asset;
import io.demoseeder.model.Tables;
import io.demoseeder.partition.TenantPartitioner;
import io.demoseeder.partition.TenantRowsReader;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.EntityIds;
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
 * Tech-debt assessment: technical, risk, performance and security assessments of every
 * asset, with findings, recommendations and a recommended 6R strategy.
 */
@Configuration(proxyBeanMethods = false)
public class AssessmentsStepConfiguration {

	public static final String STEP_NAME = "assessments";

	private static final String[] MORE_ASSET_COLUMNS = { "custom_attributes=custom_attributes::text", "migration_id",
			"migration_wave", "migration_complexity", "current_monthly_cost", "estimated_cloud_cost",
			"business_criticality" };

	@Bean
	Step assessmentsStep(StepFactory steps, ItemStreamReader<Asset> assessmentsReader,
			ItemProcessor<Asset, List<Assessment>> assessmentsProcessor,
			ItemWriter<List<Assessment>> assessmentsWriter) {
		// an assessment depends on its asset alone, committed by the assets step
		return steps.perTenant(STEP_NAME, assessmentsReader, assessmentsProcessor, assessmentsWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> assessmentsReader(DataSource targetDataSource,
			@Value(TenantPartitioner.PARTITION_CLIENT_ACCOUNT_ID) String clientAccountId) {
		String assets = AssetsStepConfiguration.tenantAssets(TargetCatalog.of(targetDataSource), MORE_ASSET_COLUMNS);
		return TenantRowsReader.of("assessmentsAssetsReader", targetDataSource, assets, clientAccountId, Asset.class);
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<Assessment>> assessmentsProcessor(SeedContext context, DemoPlan plan,
			JsonMapper jsonMapper) {
		return new AssessmentPlanner(context, jsonMapper, Assessors.of(plan, new EntityIds(context)), plan);
	}

	@Bean
	ItemWriter<List<Assessment>> assessmentsWriter(DataSource targetDataSource) {
		// COPY in the chunk's transaction; a replayed chunk is a no-op
		return CopyItemWriter.<Assessment>forRecords(targetDataSource, Tables.ASSESSMENTS).forLists();
	}

}
