package io.demoseeder.validation;

import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlans;
import io.demoseeder.seed.SeedContext;

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
