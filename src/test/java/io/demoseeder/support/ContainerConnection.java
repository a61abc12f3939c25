package io.demoseeder.support;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The test server's container as a {@code @ServiceConnection}, when the tests run on one:
 * its {@code JdbcConnectionDetails} then name the target of a {@link SeederStepTest}
 * context (the application's DataSourceConfiguration puts them ahead of
 * {@code seeder.db.*}). Without Docker, or with {@code TEST_PG_URL}, there is no such
 * bean and the context's database comes from {@code seeder.db.*}, as the CLI's does.
 */
@TestConfiguration(proxyBeanMethods = false)
class ContainerConnection {

	/** Shared by every context of the JVM: no context may stop it. */
	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(OnContainerServer.class)
	PostgreSQLContainer testServerContainer() {
		return ContainerServer.container();
	}

	static class OnContainerServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabases.onContainer();
		}

	}

}
