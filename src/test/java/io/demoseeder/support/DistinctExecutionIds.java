package io.demoseeder.support;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every Spring context of the test JVM its own range of job-repository ids. Spring
 * Batch keeps the running step and job executions in static maps keyed by execution (its
 * {@code StepSynchronizationManager} and {@code JobSynchronizationManager}), and an
 * execution is equal to another with the same id; every test database's repository starts
 * its ids at 1, so two runs in one JVM at the same time would share one entry and end
 * with "wrong version" or with another run's step scope. The product runs one job per
 * JVM, so this is a concern of the tests only (registered in {@code spring.factories}).
 */
public class DistinctExecutionIds implements ApplicationListener<ContextRefreshedEvent> {

	/** A range this wide per context: no test run writes a million executions. */
	private static final long RANGE = 1_000_000;

	// moves each of the repository's sequences forward to the range's start, never back
	// (a
	// relaunch on an older repository keeps counting up)
	private static final String ADVANCE = """
			SELECT setval(format('%I', sequencename), greatest(?, last_value)) FROM pg_sequences
			WHERE schemaname = current_schema()
			  AND sequencename IN ('batch_job_instance_seq', 'batch_job_execution_seq', 'batch_step_execution_seq')
			""";

	private static final AtomicLong contexts = new AtomicLong();

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		ApplicationContext context = event.getApplicationContext();
		if (context.getParent() != null || !context.containsBean("controlDataSource")) {
			return;
		}
		long start = contexts.incrementAndGet() * RANGE;
		new JdbcTemplate(context.getBean("controlDataSource", DataSource.class)).queryForList(ADVANCE, start);
	}

}
