package io.demoseeder.validation;

import java.util.function.Supplier;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * What checks run against: the target database, and the demo the run was meant to produce
 * (its plan, from the run's seed, as-of date and scale), which gives the expected counts.
 *
 * @param schema the target's schema, read from its catalog once, when a check first asks
 * ({@link #target()}): the schema gate and the categories that follow share one read
 * @param seededByRun whether the rows are the ones the run being validated seeded and
 * recorded, with nothing written since: the run's own statements, none of which bypasses
 * a key, wrote every row (false for {@code demo-seeder validate})
 */
public record ValidationContext(JdbcTemplate jdbc, SeedContext seed, DemoPlan plan, Supplier<TargetSchema> schema,
		boolean seededByRun) {

	/** Any database of this schema, as {@code demo-seeder validate} sees it. */
	public static ValidationContext of(JdbcTemplate jdbc, SeedContext seed) {
		return of(jdbc, seed, false);
	}

	public static ValidationContext of(JdbcTemplate jdbc, SeedContext seed, boolean seededByRun) {
		return new ValidationContext(jdbc, seed, DemoPlans.of(seed),
				SingletonSupplier.of(() -> TargetSchema.read(jdbc)), seededByRun);
	}

	/** The target's schema {@code migration}, as its catalog says. */
	public TargetSchema target() {
		return this.schema.get();
	}

}
