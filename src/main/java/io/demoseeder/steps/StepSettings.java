package io.demoseeder.steps;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every step of the {@link StepFactory} is built with.
 *
 * @param jobRepository where the steps record their executions
 * @param seedingTransactionManager the transaction of the chunks, and of the tasklets
 * that write the target
 * @param batchTransactionManager Spring Batch's own, for the steps that write no target
 * row in the seeding transaction
 * @param chunkSize items per chunk of the bulk steps
 * @param threads threads of the partitioned steps
 * @param targetJdbcTemplate the target, where the tenants of a per-tenant step are read
 */
public record StepSettings(JobRepository jobRepository, PlatformTransactionManager seedingTransactionManager,
		PlatformTransactionManager batchTransactionManager, int chunkSize, int threads,
		JdbcTemplate targetJdbcTemplate) {
}
