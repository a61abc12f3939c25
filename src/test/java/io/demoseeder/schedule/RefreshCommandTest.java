package io.demoseeder.schedule;

import java.util.List;

import io.demoseeder.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RefreshCommandTest {

	@Test
	void aRefreshIsRunFreshWithTheOptionsAndNoPasswordOnTheCommandLine() {
		RefreshCommand command = RefreshCommand.ofThisProgram(List.of("--db-url", "jdbc:postgresql://db/migration_db"),
				"secret");
		assertThat(command.command()).contains(RefreshCommand.MAIN_CLASS, "run", "--fresh", "--db-url")
			.doesNotContain("secret");
		assertThat(command.toString()).doesNotContain("secret");
	}

	@Test
	void aClassPathIsStartedWithTheMainClass() {
		assertThat(RefreshCommand.launcher("java", "a.jar:b.jar")).startsWith("java")
			.endsWith("-cp", "a.jar:b.jar", RefreshCommand.MAIN_CLASS);
	}

	@Test
	void anInvalidCronExpressionIsAConfigurationError() {
		assertThatExceptionOfType(InvalidConfigurationException.class)
			.isThrownBy(() -> RefreshScheduler.parse("every night"))
			.withMessageContaining("seeder.schedule.cron");
		assertThat(RefreshScheduler.parse("0 0 2 * * *")).isNotNull();
	}

}
