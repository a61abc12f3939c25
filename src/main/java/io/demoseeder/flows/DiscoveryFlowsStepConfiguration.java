package io.demoseeder.flows;

import javax.sql.DataSource;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
	Step discoveryFlowsStep(StepFactory steps, ItemProcessor<FlowSource, FlowRows> discoveryFlowsProcessor,
			DataSource targetDataSource) {
		return steps.generated(STEP_NAME, CHUNK_SIZE, FlowSource::all, discoveryFlowsProcessor,
				new FlowRowsWriter(targetDataSource));
	}

	@Bean
	@StepScope
	ItemProcessor<FlowSource, FlowRows> discoveryFlowsProcessor(SeedContext context, JsonMapper jsonMapper) {
		return new FlowRowsProcessor(context, jsonMapper);
	}

}
