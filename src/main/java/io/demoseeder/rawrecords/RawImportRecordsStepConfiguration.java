package io.demoseeder.rawrecords;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import io.demoseeder.bulk.CopyItemWriter;
import io.demoseeder.bulk.PartitionedSteps;
import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.model.RawImportRecord;
import io.demoseeder.model.Tables;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.ImportPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.InputDirectory;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.seed.SourceRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
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

	/**
	 * The partitions run as step executions named {@code rawImportRecords:<partition>}
	 * (the worker shares the step's name), which is what {@code --fail-at
	 * rawImportRecords:N} matches.
	 */
	@Bean
	Step rawImportRecordsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			Partitioner rawImportRecordsPartitioner, ItemStreamReader<SourceRow> rawRecordsReader,
			ItemProcessor<SourceRow, RawImportRecord> rawRecordsProcessor, ItemWriter<RawImportRecord> rawRecordsWriter,
			DataSource dataSource, PlatformTransactionManager targetTransactionManager, FailurePoint failurePoint,
			SeederProperties properties) {
		Step worker = new StepBuilder(STEP_NAME, jobRepository)
			.<SourceRow, RawImportRecord>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(rawRecordsReader)
			.processor(rawRecordsProcessor)
			.writer(rawRecordsWriter)
			.listener(failurePoint)
			.build();
		return PartitionedSteps.partitioned(STEP_NAME, jobRepository, rawImportRecordsPartitioner, worker,
				properties.threadCount(), failurePoint,
				new ImportRecordsFinisher(new NamedParameterJdbcTemplate(dataSource),
						new TransactionTemplate(targetTransactionManager), properties.threadCount()));
	}

	@Bean
	@StepScope
	Partitioner rawImportRecordsPartitioner(@Value("#{jobParameters}") Map<String, Object> jobParameters,
			SeederProperties properties) {
		SeedContext context = SeedContext.of(jobParameters);
		return new ImportPartitioner(DemoPlans.of(context), InputDirectory.resolve(properties, context), properties);
	}

	/** The partition's file; its read count is kept in the partition's own context. */
	@Bean
	@StepScope
	ItemStreamReader<SourceRow> rawRecordsReader(@Value("#{jobParameters}") Map<String, Object> jobParameters,
			@Value("#{stepExecutionContext['tenantKey']}") String tenantKey,
			@Value("#{stepExecutionContext['importKey']}") String importKey, SeederProperties properties) {
		SeedContext context = SeedContext.of(jobParameters);
		ImportPlan importPlan = tenant(DemoPlans.of(context), tenantKey).importNamed(importKey);
		Path inputDirectory = InputDirectory.resolve(properties, context);
		return InputFormats.open(importPlan.format(), inputDirectory.resolve(importPlan.relativePath()), READER_NAME,
				SourceFileRules.of(properties, inputDirectory, importPlan));
	}

	@Bean
	@StepScope
	ItemProcessor<SourceRow, RawImportRecord> rawRecordsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters,
			@Value("#{stepExecutionContext['tenantKey']}") String tenantKey,
			@Value("#{stepExecutionContext['importKey']}") String importKey,
			@Value("#{stepExecutionContext['rowCount']}") int rows,
			@Value("#{stepExecutionContext['processedThrough']}") int processedThrough, JsonMapper jsonMapper) {
		SeedContext context = SeedContext.of(jobParameters);
		TenantPlan tenant = tenant(DemoPlans.of(context), tenantKey);
		return new RawRecordProcessor(context, tenant, tenant.importNamed(importKey), rows, processedThrough,
				jsonMapper);
	}

	/** COPY in the chunk's transaction; a replayed chunk inserts nothing. */
	@Bean
	ItemWriter<RawImportRecord> rawRecordsWriter(DataSource dataSource) {
		// asset_id is set by the assets step
		return CopyItemWriter.forRecords(dataSource, Tables.RAW_IMPORT_RECORDS, "asset_id");
	}

	private static TenantPlan tenant(DemoPlan plan, String tenantKey) {
		return plan.tenants().stream().filter((tenant) -> tenant.key().equals(tenantKey)).findFirst().orElseThrow();
	}

}
