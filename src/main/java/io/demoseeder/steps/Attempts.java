package io.demoseeder.steps;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A job instance's executions taken as one run: a relaunch resumes at the failed step and
 * skips those an earlier attempt completed, so the run's steps are the latest execution
 * of each step name across its attempts. A whole run and a relaunched one then show the
 * same steps, and the same notes.
 */
public final class Attempts {

	private Attempts() {
	}

	/**
	 * The latest execution of each step across {@code attempts}, in the order they ran.
	 */
	public static List<StepExecution> latestSteps(Collection<JobExecution> attempts) {
		Map<String, StepExecution> latest = new LinkedHashMap<>();
		attempts.stream()
			.flatMap((attempt) -> attempt.getStepExecutions().stream())
			.sorted(Comparator.comparing(StepExecution::getId))
			.forEach((step) -> latest.put(step.getStepName(), step));
		return latest.values().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
	}

}
