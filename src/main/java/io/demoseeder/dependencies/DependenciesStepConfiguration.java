package io.demoseeder.dependencies;

import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.assets.AssetsStepConfiguration;
import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetDependency;
import io.demoseeder.model.Tables;
import io.demoseeder.partition.TenantPartitioner;
import io.demoseeder.partition.TenantRowsReader;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
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

	@Bean
	Step dependenciesStep(StepFactory steps, ItemStreamReader<Asset> dependenciesReader,
			ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor,
			ItemWriter<List<AssetDependency>> dependenciesWriter) {
		// dependencies stay within an engagement, hence within a tenant; the assets they
		// point at were committed by the assets step
		return steps.perTenant(STEP_NAME, dependenciesReader, dependenciesProcessor, dependenciesWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<Asset> dependenciesReader(DataSource targetDataSource,
			@Value(TenantPartitioner.PARTITION_CLIENT_ACCOUNT_ID) String clientAccountId) {
		String assets = AssetsStepConfiguration.tenantAssets(TargetCatalog.of(targetDataSource));
		return TenantRowsReader.of("dependenciesSourceAssetsReader", targetDataSource, assets, clientAccountId,
				Asset.class);
	}

	@Bean
	@StepScope
	ItemProcessor<Asset, List<AssetDependency>> dependenciesProcessor(SeedContext context, JdbcTemplate jdbcTemplate,
			LandscapeSlot landscapeSlot) {
		// closed by the step scope when its partition ends, which frees the slot
		return new DependencyPlanner(jdbcTemplate, new DependencyRules(context), landscapeSlot,
				new EntityIds(context).keptFlows());
	}

	@Bean
	LandscapeSlot landscapeSlot() {
		return new LandscapeSlot();
	}

	@Bean
	ItemWriter<List<AssetDependency>> dependenciesWriter(DataSource targetDataSource) {
		// COPY in the chunk's transaction; a replayed chunk inserts nothing twice
		return CopyItemWriter.<AssetDependency>forRecords(targetDataSource, Tables.ASSET_DEPENDENCIES).forLists();
	}

}
