package io.demoseeder.plan;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameters of one seed-demo run. {@code run.id} makes every fresh run a
 * new job instance, so a refresh can be repeated with the same seed on the same day.
 */
public record SeedParameters(long runId, long seed, LocalDate asOf, int scale) {

	public static final String RUN_ID = "run.id";

	public static final String SEED = "seed";

	public static final String AS_OF = "asOf";

	public static final String SCALE = "scale";

	public static SeedParameters of(JobParameters parameters) {
		return new SeedParameters(parameters.getLong(RUN_ID, 0L), parameters.getLong(SEED, 0L),
				parameters.getLocalDate(AS_OF), parameters.getLong(SCALE, 1L).intValue());
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addLong(RUN_ID, this.runId)
			.addLong(SEED, this.seed)
			.addLocalDate(AS_OF, this.asOf)
			.addLong(SCALE, (long) this.scale)
			.toJobParameters();
	}

	@Override
	public String toString() {
		return "seed " + this.seed + ", as-of " + this.asOf + ", scale " + this.scale;
	}

}
