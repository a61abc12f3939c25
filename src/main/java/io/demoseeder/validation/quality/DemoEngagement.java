package io.demoseeder.validation.quality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.validation.ValidationContext;

import org.springframework.dao.DataAccessException;

/** The demo tenant's ids, looked up by the plan's natural keys (slugs). */
record DemoEngagement(UUID clientAccountId, UUID engagementId) {

	private static final String FIND = """
			SELECT c.id, e.id FROM migration.client_accounts c
			JOIN migration.engagements e ON e.client_account_id = c.id
			WHERE c.slug = ? AND e.slug = ?""";

	/** Empty when the database holds no demo engagement (not seeded by this tool). */
	static Optional<DemoEngagement> find(ValidationContext context) {
		TenantPlan demo = context.plan().demo();
		List<DemoEngagement> found = context.jdbc()
			.query(FIND, (rs, row) -> new DemoEngagement(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
					demo.key(), demo.engagement().slug());
		return found.stream().findFirst();
	}

	/**
	 * Empty also when the lookup fails: the page queries then report the broken database
	 * themselves.
	 */
	static Optional<DemoEngagement> findIfReadable(ValidationContext context) {
		try {
			return find(context);
		}
		catch (DataAccessException ex) {
			return Optional.empty();
		}
	}

	static String missing(ValidationContext context) {
		return "no engagement '" + context.plan().demo().engagement().slug() + "' of client account '"
				+ context.plan().demo().key() + "'";
	}

}
