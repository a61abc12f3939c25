package io.demoseeder.schedule;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RefreshCommandTest {

	@Test
	void aRefreshRunsFreshWithTheOptionsThroughTheGivenCli() {
		List<String> received = new ArrayList<>();
		RefreshCommand command = RefreshCommand.fresh(List.of("--db-url", "jdbc:postgresql://db/migration_db"),
				(args) -> {
					received.addAll(List.of(args));
					return 3;
				});
		assertThat(command.execute()).isEqualTo(3);
		assertThat(received).containsExactly("run", "--fresh", "--db-url", "jdbc:postgresql://db/migration_db");
	}

	@Test
	void theLoggedCommandMasksThePassword() {
		RefreshCommand command = RefreshCommand
			.fresh(List.of("--db-password", "secret", "--seeder.db.password=other-secret", "--seed", "7"), (args) -> 0);
		assertThat(command.toString()).isEqualTo("run --fresh --db-password **** **** --seed 7");
	}

	@Test
	void anInvalidCronExpressionIsAConfigurationError() {
		assertThatExceptionOfType(InvalidConfigurationException.class)
			.isThrownBy(() -> RefreshScheduler.parse("every night"))
			.withMessageContaining("seeder.schedule.cron");
		assertThat(RefreshScheduler.parse("0 0 2 * * *")).isNotNull();
	}

}
