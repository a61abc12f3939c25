package io.demoseeder.config;

import javax.sql.DataSource;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link JdbcConnectionDetails} bean, as {@code @ServiceConnection} declares one for a
 * Testcontainers PostgreSQL, is where the target and its control database live, ahead of
 * {@code seeder.db.*}; without one, {@code seeder.db.*} is.
 */
class ConnectionDetailsTest {

	private static final String CURRENT_DATABASE = "SELECT current_database()";

	// application.yml for the settings' defaults
	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Properties.class, DataSourceConfiguration.class);

	@Test
	void theTargetDataSourceConnectsWhereTheConnectionDetailsPoint() {
		DatabaseLocation detailed = TestDatabases.createDatabase("connection_details");
		DatabaseLocation configured = TestDatabases.createDatabase("connection_configured");
		this.contexts.withPropertyValues("seeder.db.url=" + configured.jdbcUrl(), "seeder.db.user=" + configured.user())
			.withBean(JdbcConnectionDetails.class, () -> details(detailed))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(currentDatabase(context.getBean("targetDataSource", DataSource.class)))
					.isEqualTo(detailed.database());
				assertThat(currentDatabase(context.getBean("controlDataSource", DataSource.class)))
					.isEqualTo(detailed.control().database());
			});
	}

	@Test
	void withoutConnectionDetailsTheSeederSettingsNameTheTarget() {
		DatabaseLocation configured = TestDatabases.createDatabase("connection_settings");
		this.contexts.withPropertyValues("seeder.db.url=" + configured.jdbcUrl(), "seeder.db.user=" + configured.user())
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(JdbcConnectionDetails.class);
				assertThat(currentDatabase(context.getBean("targetDataSource", DataSource.class)))
					.isEqualTo(configured.database());
			});
	}

	private static String currentDatabase(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForObject(CURRENT_DATABASE, String.class);
	}

	private static JdbcConnectionDetails details(DatabaseLocation location) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return location.user();
			}

			@Override
			public String getPassword() {
				return location.password();
			}

			@Override
			public String getJdbcUrl() {
				return location.jdbcUrl();
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SeederProperties.class)
	static class Properties {

	}

}
