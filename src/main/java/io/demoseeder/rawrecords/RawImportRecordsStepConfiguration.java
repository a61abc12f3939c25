package io.demoseeder.rawrecords;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.inputs.files.InputDirectory;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.model.RawImportRecord;
import io.demoseeder.model.Tables;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.steps.StepFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every import's source file into {@code raw_import_records}: one partition per
 * import, each a chunk step with its own restart state, read in parallel. When all are
 * done, {@link ImportRecordsFinisher} flags duplicates and recomputes the counters of
 * {@code data_imports}.
 */
@Configuration(proxyBeanMethods = false)
public class RawImportRecordsStepConfiguration {

	public static final String STEP_NAME = "rawImportRecords";

	static final String READER_NAME = "rawRecordsReader";

	// the partition's keys, as ImportPartitioner puts them in its execution context
	private static final String TENANT_KEY = "#{stepExecutionContext['" + ImportPartitioner.TENANT_KEY + "']}";

	private static final String IMPORT_KEY = "#{stepExecutionContext['" + ImportPartitioner.IMPORT_KEY + "']}";

	private static final String ROW_COUNT = "#{stepExecutionContext['" + ImportPartitioner.ROW_COUNT + "']}";

	private static final String PROCESSED_THROUGH = "#{stepExecutionContext['" + ImportPartitioner.PROCESSED_THROUGH
			+ "']}";

	/**
	 * The partitions run as step executions named {@code rawImportRecords:<partition>}
	 * (the worker shares the step's name), which is what {@code --fail-at
	 * rawImportRecords:N} matches.
	 */
	@Bean
	Step rawImportRecordsStep(StepFactory steps, Partitioner rawImportRecordsPartitioner,
			ItemStreamReader<SourceRow> rawRecordsReader, ItemProcessor<SourceRow, RawImportRecord> rawRecordsProcessor,
			ItemWriter<RawImportRecord> rawRecordsWriter, DataSource dataSource,
			PlatformTransactionManager targetTransactionManager, SeederProperties properties) {
		return steps.partitioned(STEP_NAME, rawImportRecordsPartitioner,
				steps.worker(STEP_NAME, rawRecordsReader, rawRecordsProcessor, rawRecordsWriter),
				new ImportRecordsFinisher(new NamedParameterJdbcTemplate(dataSource),
						new TransactionTemplate(targetTransactionManager), properties.threadCount()));
	}

	@Bean
	@StepScope
	Partitioner rawImportRecordsPartitioner(SeedContext context, DemoPlan plan, SeederProperties properties) {
		return new ImportPartitioner(plan, InputDirectory.resolve(properties, context), properties);
	}

	/** The partition's file; its read count is kept in the partition's own context. */
	@Bean
	@StepScope
	ItemStreamReader<SourceRow> rawRecordsReader(SeedContext context, DemoPlan plan,
			@Value(TENANT_KEY) String tenantKey, @Value(IMPORT_KEY) String importKey, SeederProperties properties) {
		ImportPlan importPlan = tenant(plan, tenantKey).importNamed(importKey);
		Path inputDirectory = InputDirectory.resolve(properties, context);
		return InputFormats.open(importPlan.format(), inputDirectory.resolve(importPlan.relativePath()), READER_NAME,
				SourceFileRules.of(properties, inputDirectory, importPlan));
	}

	@Bean
	@StepScope
	ItemProcessor<SourceRow, RawImportRecord> rawRecordsProcessor(SeedContext context, DemoPlan plan,
			@Value(TENANT_KEY) String tenantKey, @Value(IMPORT_KEY) String importKey, @Value(ROW_COUNT) int rows,
			@Value(PROCESSED_THROUGH) int processedThrough, JsonMapper jsonMapper) {
		TenantPlan tenant = tenant(plan, tenantKey);
		return new RawRecordProcessor(context, tenant, tenant.importNamed(importKey), rows, processedThrough,
				jsonMapper);
	}

	/**
	 * COPY in the chunk's transaction; a replayed chunk inserts nothing. The asset ids
	 * point at rows the assets step writes later: the foreign key comes after the load
	 * (the constraints step).
	 */
	@Bean
	ItemWriter<RawImportRecord> rawRecordsWriter(DataSource dataSource) {
		return CopyItemWriter.forRecords(dataSource, Tables.RAW_IMPORT_RECORDS);
	}

	private static TenantPlan tenant(DemoPlan plan, String tenantKey) {
		return plan.tenants().stream().filter((tenant) -> tenant.key().equals(tenantKey)).findFirst().orElseThrow();
	}

}
