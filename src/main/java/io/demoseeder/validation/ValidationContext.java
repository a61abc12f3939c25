package io.demoseeder.validation;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What checks run against: the target database, and the demo the run was meant to produce
 * (its plan, from the run's seed, as-of date and scale), which gives the expected counts.
 */
public record ValidationContext(JdbcTemplate jdbc, SeedContext seed, DemoPlan plan) {

	public static ValidationContext of(JdbcTemplate jdbc, SeedContext seed) {
		return new ValidationContext(jdbc, seed, DemoPlans.of(seed));
	}

}
