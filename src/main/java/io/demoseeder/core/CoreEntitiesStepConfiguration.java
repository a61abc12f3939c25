package io.demoseeder.core;

import javax.sql.DataSource;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.steps.StepFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Client accounts, engagements, users with their associations, profiles, access rows and
 * roles, and each tenant's tags. A few dozen rows of nine kinds: one tasklet writes them
 * all in one transaction on the target (the seeding transaction manager's target half,
 * which {@code targetJdbcTemplate} joins), idempotently.
 */
@Configuration(proxyBeanMethods = false)
public class CoreEntitiesStepConfiguration {

	public static final String STEP_NAME = "coreEntities";

	private static final Log logger = LogFactory.getLog(CoreEntitiesStepConfiguration.class);

	@Bean
	Step coreEntitiesStep(StepFactory steps, Tasklet coreEntitiesTasklet) {
		return steps.tasklet(STEP_NAME, coreEntitiesTasklet);
	}

	@Bean
	@StepScope
	Tasklet coreEntitiesTasklet(SeedContext context, DataSource targetDataSource, JsonMapper jsonMapper) {
		CoreEntitiesWriter writer = new CoreEntitiesWriter(targetDataSource);
		return (contribution, chunkContext) -> {
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
