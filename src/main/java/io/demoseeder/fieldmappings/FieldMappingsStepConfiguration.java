package io.demoseeder.fieldmappings;

import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.bulk.CopyItemWriter;
import io.demoseeder.bulk.PartitionedSteps;
import io.demoseeder.bulk.TenantPartitioner;
import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.ImportFieldMapping;
import io.demoseeder.model.Tables;
import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.GeneratedItemReader;
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
 * One {@code import_field_mappings} row per source column of every import: the agent's
 * suggestion, its confidence and transformation rules, and the analyst's decision.
 */
@Configuration(proxyBeanMethods = false)
public class FieldMappingsStepConfiguration {

	public static final String STEP_NAME = "fieldMappings";

	static final String READER_NAME = "fieldMappingsReader";

	private static final int CHUNK_SIZE = 25;

	@Bean
	Step fieldMappingsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<MappingSlot> fieldMappingsReader,
			ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor,
			ItemWriter<ImportFieldMapping> fieldMappingsWriter, FailurePoint failurePoint, SeederProperties properties,
			JdbcTemplate jdbcTemplate) {
		Step worker = new StepBuilder(STEP_NAME, jobRepository).<MappingSlot, ImportFieldMapping>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(fieldMappingsReader)
			.processor(fieldMappingsProcessor)
			.writer(fieldMappingsWriter)
			.listener(failurePoint)
			.build();
		return PartitionedSteps.partitioned(STEP_NAME, jobRepository, new TenantPartitioner(jdbcTemplate), worker,
				properties.threadCount(), failurePoint);
	}

	@Bean
	@StepScope
	ItemStreamReader<MappingSlot> fieldMappingsReader(@Value("#{jobParameters}") Map<String, Object> jobParameters,
			@Value("#{stepExecutionContext['" + TenantPartitioner.TENANT_KEY + "']}") String tenantKey) {
		SeedContext context = SeedContext.of(jobParameters);
		return new GeneratedItemReader<>(READER_NAME,
				() -> MappingSlot.all(DemoPlans.of(context))
					.stream()
					.filter((slot) -> slot.tenantKey().equals(tenantKey))
					.toList());
	}

	@Bean
	@StepScope
	ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JsonMapper jsonMapper) {
		return new MappingSuggester(SeedContext.of(jobParameters), jsonMapper);
	}

	/** COPY in the chunk's transaction; a replayed chunk inserts nothing. */
	@Bean
	ItemWriter<ImportFieldMapping> fieldMappingsWriter(DataSource dataSource) {
		return CopyItemWriter.forRecords(dataSource, Tables.IMPORT_FIELD_MAPPINGS);
	}

}
