package io.demoseeder.imports;

import java.util.Map;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.seed.GeneratedItemReader;
import io.demoseeder.seed.InputDirectory;
import io.demoseeder.seed.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One {@code data_imports} row per planned import of every tenant, describing the input
 * file the generate step wrote; then each flow that read the import is linked to it.
 */
@Configuration(proxyBeanMethods = false)
public class DataImportsStepConfiguration {

	public static final String STEP_NAME = "dataImports";

	static final int CHUNK_SIZE = 2;

	@Bean
	Step dataImportsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<ImportSource> dataImportsReader,
			ItemProcessor<ImportSource, ImportRows> dataImportsProcessor, JdbcTemplate targetJdbcTemplate,
			FailurePoint failurePoint) {
		return new StepBuilder(STEP_NAME, jobRepository).<ImportSource, ImportRows>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(dataImportsReader)
			.processor(dataImportsProcessor)
			.writer(new DataImportWriter(new NamedParameterJdbcTemplate(targetJdbcTemplate)))
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<ImportSource> dataImportsReader(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
		SeedContext context = SeedContext.of(jobParameters);
		return new GeneratedItemReader<>("dataImports", () -> ImportSource.all(context));
	}

	@Bean
	@StepScope
	ItemProcessor<ImportSource, ImportRows> dataImportsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, SeederProperties properties,
			JsonMapper jsonMapper) {
		SeedContext context = SeedContext.of(jobParameters);
		return new DataImportProcessor(context, InputDirectory.resolve(properties, context), jsonMapper);
	}

}
