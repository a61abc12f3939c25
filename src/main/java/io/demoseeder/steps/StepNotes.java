package io.demoseeder.steps;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a step has to tell the operator beyond its counts (what people added since the
 * last refresh, say): a title and lines, kept in the step's execution context, so that
 * the run's summary and the validation report show it without knowing the step.
 */
public final class StepNotes {

	private static final String TITLE = "note.title";

	private static final String LINES = "note.lines";

	private StepNotes() {
	}

	public static void put(StepExecution step, String title, List<String> lines) {
		ExecutionContext context = step.getExecutionContext();
		context.putString(TITLE, title);
		context.putString(LINES, String.join("\n", lines));
	}

	public static Optional<Note> of(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		if (!context.containsKey(TITLE)) {
			return Optional.empty();
		}
		String lines = context.getString(LINES, "");
		return Optional.of(new Note(step.getStepName(), context.getString(TITLE),
				lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"))));
	}

	/** The notes of a job execution's steps, in step order (none for no execution). */
	public static List<Note> of(JobExecution execution) {
		if (execution == null) {
			return List.of();
		}
		return execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.flatMap((step) -> of(step).stream())
			.toList();
	}

	/** The notes of a run's steps across its attempts ({@link Attempts}). */
	public static List<Note> of(List<JobExecution> attempts) {
		return Attempts.latestSteps(attempts).stream().flatMap((step) -> of(step).stream()).toList();
	}

	/** A step's note: its step, title and lines. */
	public record Note(String step, String title, List<String> lines) {

	}

}
