package io.demoseeder.fieldmappings;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.ImportFieldMapping;
import io.demoseeder.model.Tables;
import io.demoseeder.partition.TenantPartitioner;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.GeneratedItemReader;
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
 * One {@code import_field_mappings} row per source column of every import: the agent's
 * suggestion, its confidence and transformation rules, and the analyst's decision.
 */
@Configuration(proxyBeanMethods = false)
public class FieldMappingsStepConfiguration {

	public static final String STEP_NAME = "fieldMappings";

	static final String READER_NAME = "fieldMappingsReader";

	private static final int CHUNK_SIZE = 25;

	@Bean
	Step fieldMappingsStep(StepFactory steps, ItemStreamReader<MappingSlot> fieldMappingsReader,
			ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor,
			ItemWriter<ImportFieldMapping> fieldMappingsWriter) {
		return steps.perTenant(STEP_NAME,
				steps.worker(STEP_NAME, CHUNK_SIZE, fieldMappingsReader, fieldMappingsProcessor, fieldMappingsWriter));
	}

	@Bean
	@StepScope
	ItemStreamReader<MappingSlot> fieldMappingsReader(DemoPlan plan,
			@Value(TenantPartitioner.PARTITION_TENANT_KEY) String tenantKey) {
		return new GeneratedItemReader<>(READER_NAME,
				() -> MappingSlot.all(plan).stream().filter((slot) -> slot.tenantKey().equals(tenantKey)).toList());
	}

	@Bean
	@StepScope
	ItemProcessor<MappingSlot, ImportFieldMapping> fieldMappingsProcessor(SeedContext context, JsonMapper jsonMapper) {
		return new MappingSuggester(context, jsonMapper);
	}

	/** COPY in the chunk's transaction; a replayed chunk inserts nothing. */
	@Bean
	ItemWriter<ImportFieldMapping> fieldMappingsWriter(DataSource dataSource) {
		return CopyItemWriter.forRecords(dataSource, Tables.IMPORT_FIELD_MAPPINGS);
	}

}
