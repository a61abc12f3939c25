package io.demoseeder.partition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One partition per tenant (client account) in the target, named by its slug so that the
 * step executions are {@code <step>:<slug>} on every run. A tenant's rows depend only on
 * its own rows and on what earlier steps committed, so tenants can be written in
 * parallel.
 */
public final class TenantPartitioner implements Partitioner {

	/** The partition's client account id, as text. */
	public static final String CLIENT_ACCOUNT_ID = "clientAccountId";

	/** The partition's tenant key (the client account's slug). */
	public static final String TENANT_KEY = "tenantKey";

	/**
	 * {@code @Value} of a step-scoped bean that takes its partition's client account id.
	 */
	public static final String PARTITION_CLIENT_ACCOUNT_ID = "#{stepExecutionContext['" + CLIENT_ACCOUNT_ID + "']}";

	/** {@code @Value} of a step-scoped bean that takes its partition's tenant key. */
	public static final String PARTITION_TENANT_KEY = "#{stepExecutionContext['" + TENANT_KEY + "']}";

	private static final String TENANTS = """
			SELECT id::text AS id, slug FROM migration.client_accounts ORDER BY slug
			""";

	private final JdbcTemplate jdbc;

	public TenantPartitioner(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		this.jdbc.query(TENANTS, (row) -> {
			ExecutionContext context = new ExecutionContext();
			context.putString(CLIENT_ACCOUNT_ID, row.getString("id"));
			context.putString(TENANT_KEY, row.getString("slug"));
			partitions.put(row.getString("slug"), context);
		});
		return partitions;
	}

}
