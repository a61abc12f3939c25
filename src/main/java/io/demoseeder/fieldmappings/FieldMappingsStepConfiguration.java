package io.demoseeder.fieldmappings;

import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.ImportFieldMapping;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.GeneratedItemReader;
import io.demoseeder.seed.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One {@code import_field_mappings} row per source column of every import: the agent's
 * suggestion, its confidence and transformation rules, and the analyst's decision.
 */
@Configuration(proxyBeanMethods = false)
public class FieldMappingsStepConfiguration {

	public static final String STEP_NAME = "fieldMappings";

	static final String READER_NAME = "fieldMappingsReader";

	private static final int CHUNK_SIZE = 25;

	static final String INSERT_MAPPING = """
			INSERT INTO migration.import_field_mappings (id, client_account_id, engagement_id, data_import_id,
				source_field, target_field, confidence_score, status, transformation_rules, approved_by, approved_at,
				created_at, updated_at)
			VALUES (:id, :clientAccountId, :engagementId, :dataImportId, :sourceField, :targetField, :confidenceScore,
				:status, :transformationRules::jsonb, :approvedBy, :approvedAt, :createdAt, :updatedAt)
			ON CONFLICT (id) DO NOTHING
			""";

	@Bean
	Step fieldMappingsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<MappingSlot> fieldMappingsReader,
			ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor,
			JdbcBatchItemWriter<ImportFieldMapping> fieldMappingsWriter, FailurePoint failurePoint) {
		return new StepBuilder(STEP_NAME, jobRepository).<MappingSlot, ImportFieldMapping>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(fieldMappingsReader)
			.processor(fieldMappingsProcessor)
			.writer(fieldMappingsWriter)
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<MappingSlot> fieldMappingsReader(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
		SeedContext context = SeedContext.of(jobParameters);
		return new GeneratedItemReader<>(READER_NAME, () -> MappingSlot.all(DemoPlan.of(context)));
	}

	@Bean
	@StepScope
	ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JsonMapper jsonMapper) {
		return new MappingSuggester(SeedContext.of(jobParameters), jsonMapper);
	}

	@Bean
	JdbcBatchItemWriter<ImportFieldMapping> fieldMappingsWriter(DataSource dataSource) {
		// a replayed chunk inserts nothing, which is not an error
		return new JdbcBatchItemWriterBuilder<ImportFieldMapping>().dataSource(dataSource)
			.sql(INSERT_MAPPING)
			.itemSqlParameterSourceProvider(SimplePropertySqlParameterSource::new)
			.assertUpdates(false)
			.build();
	}

}
