package io.demoseeder.steps;

import java.util.Map;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.config.SeederProperties;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.progress.StepProgressListener;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@link StepFactory}, and the run's {@link SeedContext} and {@link DemoPlan} made
 * once per job execution from its parameters. Both are records, which a class-based
 * scoped proxy cannot subclass, so they are unproxied: inject them only into step-scoped
 * beans, which are created while a step runs, inside its job's scope.
 */
@Configuration(proxyBeanMethods = false)
public class StepsConfiguration {

	/** The scope of Spring Batch's {@code JobScope}. */
	private static final String JOB_SCOPE = "job";

	@Bean
	StepFactory stepFactory(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager seedingTransactionManager,
			@BatchTransactionManager PlatformTransactionManager batchTransactionManager, SeederProperties properties,
			JdbcTemplate targetJdbcTemplate, FailurePoint failurePoint, StepProgressListener stepProgressListener,
			ObjectProvider<SeedContext> seedContext) {
		StepSettings settings = new StepSettings(jobRepository, seedingTransactionManager, batchTransactionManager,
				properties.chunkSize(), properties.threadCount(), targetJdbcTemplate);
		return new StepFactory(settings, failurePoint, stepProgressListener, seedContext::getObject);
	}

	@Bean
	StepProgressListener stepProgressListener() {
		return new StepProgressListener();
	}

	@Bean
	@Scope(value = JOB_SCOPE, proxyMode = ScopedProxyMode.NO)
	SeedContext seedContext(@Value("#{jobParameters}") Map<String, Object> jobParameters) {
		return SeedContext.of(jobParameters);
	}

	@Bean
	@Scope(value = JOB_SCOPE, proxyMode = ScopedProxyMode.NO)
	DemoPlan demoPlan(SeedContext seedContext) {
		return DemoPlans.of(seedContext);
	}

}
