package io.demoseeder.imports;

import javax.sql.DataSource;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.inputs.files.InputDirectory;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@code data_imports} row per planned import of every tenant, describing the input
 * file the generate step wrote; then each flow that read the import is linked to it.
 */
@Configuration(proxyBeanMethods = false)
public class DataImportsStepConfiguration {

	public static final String STEP_NAME = "dataImports";

	static final int CHUNK_SIZE = 2;

	@Bean
	Step dataImportsStep(StepFactory steps, ItemProcessor<ImportSource, ImportRows> dataImportsProcessor,
			DataSource targetDataSource) {
		return steps.generated(STEP_NAME, CHUNK_SIZE, ImportSource::all, dataImportsProcessor,
				new DataImportWriter(targetDataSource));
	}

	@Bean
	@StepScope
	ItemProcessor<ImportSource, ImportRows> dataImportsProcessor(SeedContext context, SeederProperties properties,
			JsonMapper jsonMapper) {
		return new DataImportProcessor(context, InputDirectory.resolve(properties, context), jsonMapper);
	}

}
