package io.demoseeder.report;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report writer, as the validation step's {@code ReportPublisher}. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

	@Bean
	ReportWriter reportWriter(JsonMapper jsonMapper) {
		return new ReportWriter(jsonMapper);
	}

}
