package io.demoseeder.flows;

import java.util.Map;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.seed.GeneratedItemReader;
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
 * One master row ({@code crewai_flow_state_extensions}) and one {@code discovery_flows}
 * row per planned flow of every tenant, with the flow's state, timings, agent log and
 * insights as JSON.
 */
@Configuration(proxyBeanMethods = false)
public class DiscoveryFlowsStepConfiguration {

	public static final String STEP_NAME = "discoveryFlows";

	/** Small chunks: each flow carries several JSON documents. */
	static final int CHUNK_SIZE = 2;

	@Bean
	Step discoveryFlowsStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			ItemStreamReader<FlowSource> discoveryFlowsReader,
			ItemProcessor<FlowSource, FlowRows> discoveryFlowsProcessor, JdbcTemplate targetJdbcTemplate,
			FailurePoint failurePoint) {
		return new StepBuilder(STEP_NAME, jobRepository).<FlowSource, FlowRows>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(discoveryFlowsReader)
			.processor(discoveryFlowsProcessor)
			.writer(new FlowRowsWriter(new NamedParameterJdbcTemplate(targetJdbcTemplate)))
			.listener(failurePoint)
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<FlowSource> discoveryFlowsReader(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
		SeedContext context = SeedContext.of(jobParameters);
		return new GeneratedItemReader<>("discoveryFlows", () -> FlowSource.all(context));
	}

	@Bean
	@StepScope
	ItemProcessor<FlowSource, FlowRows> discoveryFlowsProcessor(
			@Value("#{jobParameters}") Map<String, Object> jobParameters, JsonMapper jsonMapper) {
		return new FlowRowsProcessor(SeedContext.of(jobParameters), jsonMapper);
	}

}
