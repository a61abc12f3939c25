package io.demoseeder.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The database, input directory and backup directory of one {@link SeederStepTest}
 * context, and which of them the running test class uses.
 */
public final class StepTestDatabase {

	private static volatile StepTestDatabase current;

	private final DatabaseLocation target;

	private final Path inputDir;

	private final Path backupDir;

	private StepTestDatabase(DatabaseLocation target, Path inputDir, Path backupDir) {
		this.target = target;
		this.inputDir = inputDir;
		this.backupDir = backupDir;
	}

	/** The database of the running test class. */
	public static DatabaseLocation target() {
		return current().target;
	}

	/** The input directory ({@code seeder.input-dir}) of the running test class. */
	public static Path inputDir() {
		return current().inputDir;
	}

	/** The backup directory ({@code seeder.backup-dir}) of the running test class. */
	public static Path backupDir() {
		return current().backupDir;
	}

	public static JdbcTemplate jdbc() {
		return new JdbcTemplate(target().dataSource());
	}

	/**
	 * Makes the context's pools open new connections: theirs point at a database that was
	 * dropped and made again.
	 */
	public static void evictConnections(ApplicationContext context) {
		context.getBeansOfType(HikariDataSource.class)
			.values()
			.stream()
			.map(HikariDataSource::getHikariPoolMXBean)
			// null: not started yet, so nothing to evict
			.filter(Objects::nonNull)
			.forEach((pool) -> pool.softEvictConnections());
	}

	static StepTestDatabase current() {
		return Objects.requireNonNull(current, "not in a @SeederStepTest class");
	}

	/** As a new context finds it: migrated, no job executions, directories empty. */
	void reset(ConfigurableApplicationContext context) {
		TestDatabases.remigrate(this.target);
		evictConnections(context);
		// the job repository's tables
		TargetTables.truncateSchema(new JdbcTemplate(this.target.control().dataSource()), "public");
		empty(this.inputDir);
		empty(this.backupDir);
	}

	private static void empty(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(dir)) {
					Files.delete(path);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Gives each context its own migrated database and directories. */
	static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			// on a container its @ServiceConnection names the target: its own database,
			// which every context's class resets before it runs
			DatabaseLocation target = TestDatabases.onContainer() ? ContainerServer.database()
					: TestDatabases.migratedDatabase("step_context");
			StepTestDatabase database = new StepTestDatabase(target, TemporaryDirectories.create("step-inputs"),
					TemporaryDirectories.create("step-backups"));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("seederStepTest",
						Map.of("seeder.db.url", target.jdbcUrl(), "seeder.db.user", target.user(), "seeder.db.password",
								Objects.requireNonNullElse(target.password(), ""), "seeder.input-dir",
								database.inputDir.toString(), "seeder.backup-dir", database.backupDir.toString(),
								"seeder.reset.allowed-databases", target.database(), "seeder.backup.pg-dump",
								"never")));
			context.getBeanFactory().registerSingleton("stepTestDatabase", database);
		}

	}

	/**
	 * Before each class: the context's database reset, the class's failure point armed.
	 * Classes run one at a time; the database is the running class's until the next.
	 */
	static class Listener extends AbstractTestExecutionListener {

		@Override
		public int getOrder() {
			return 1500;
		}

		@Override
		public void beforeTestClass(TestContext testContext) {
			ConfigurableApplicationContext context = (ConfigurableApplicationContext) testContext
				.getApplicationContext();
			StepTestDatabase database = context.getBean(StepTestDatabase.class);
			database.reset(context);
			SeederStepTest test = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestClass(),
					SeederStepTest.class);
			context.getBean(ArmableFailurePoint.class).arm((test != null) ? test.failAt() : "");
			current = database;
		}

		@Override
		public void afterTestClass(TestContext testContext) {
			testContext.getApplicationContext().getBean(ArmableFailurePoint.class).arm("");
			current = null;
		}

	}

}
