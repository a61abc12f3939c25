package io.demoseeder.config;

import tools.jackson.core.util.JsonRecyclerPools;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's JSON mapper, which the bulk steps call for every row (raw records' cleansed
 * data, assessments' findings), with one buffer recycler per thread: Jackson 3's default
 * pool, a concurrent deque, cost a compare-and-set at every write and was 14 % of the
 * assessments step's CPU under the launcher's C1 compiler. Every step thread is a thread
 * of its own for the whole partition, so the buffers are reused all the same.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonFactoryBuilderCustomizer threadLocalJsonBuffers() {
		return (factory) -> factory.recyclerPool(JsonRecyclerPools.threadLocalPool());
	}

}
