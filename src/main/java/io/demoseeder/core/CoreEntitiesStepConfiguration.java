package io.demoseeder.core;

import io.demoseeder.config.DataSourceConfiguration;
import io.demoseeder.job.FailurePoint;
import io.demoseeder.seed.SeedContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Client accounts, engagements, users with their associations, profiles, access rows and
 * roles, and the global tags. A few dozen rows of nine kinds: one tasklet writes them all
 * in one transaction on the target (the seeding transaction manager's target half, which
 * {@code targetJdbcTemplate} joins), idempotently.
 */
@Configuration(proxyBeanMethods = false)
public class CoreEntitiesStepConfiguration {

	public static final String STEP_NAME = "coreEntities";

	private static final Log logger = LogFactory.getLog(CoreEntitiesStepConfiguration.class);

	@Bean
	Step coreEntitiesStep(JobRepository jobRepository,
			@Qualifier(DataSourceConfiguration.SEEDING_TRANSACTION_MANAGER) PlatformTransactionManager transactionManager,
			Tasklet coreEntitiesTasklet, FailurePoint failurePoint) {
		return new StepBuilder(STEP_NAME, jobRepository).tasklet(coreEntitiesTasklet, transactionManager)
			.listener(failurePoint)
			.build();
	}

	@Bean
	Tasklet coreEntitiesTasklet(JdbcTemplate targetJdbcTemplate, JsonMapper jsonMapper) {
		CoreEntitiesWriter writer = new CoreEntitiesWriter(new NamedParameterJdbcTemplate(targetJdbcTemplate));
		return (contribution, chunkContext) -> {
			SeedContext context = SeedContext.of(chunkContext.getStepContext().getJobParameters());
			CoreRows rows = CoreRows.of(context, jsonMapper);
			int written = writer.write(rows);
			contribution.incrementWriteCount(written);
			logger.info("Core entities: " + written + " of " + rows.size() + " rows written (" + rows.accounts().size()
					+ " client accounts, " + rows.users().size() + " users with their access and roles, "
					+ rows.tags().size() + " tags)");
			return RepeatStatus.FINISHED;
		};
	}

}
