package io.demoseeder.operations;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;

import io.demoseeder.plan.SeedParameters;
import io.demoseeder.steps.StepNotes;
import io.demoseeder.text.Times;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Prints a job execution and its steps as a small fixed-width table. */
public final class ExecutionSummary {

	private ExecutionSummary() {
	}

	public static void print(PrintStream out, JobExecution execution) {
		print(out, execution, execution.getStatus().toString());
	}

	/** With the status as {@code status} says it. */
	public static void print(PrintStream out, JobExecution execution, String status) {
		out.printf("execution %d (instance %d) %s  %s -> %s  [%s]%n", execution.getId(), execution.getJobInstanceId(),
				status, time(execution.getStartTime()), time(execution.getEndTime()),
				SeedParameters.of(execution.getJobParameters()));
		execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.forEach((step) -> out.printf("    %-40s %-10s read %-8d write %-8d skip %-6d %8s%n", step.getStepName(),
					step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount(),
					duration(step.getStartTime(), step.getEndTime())));
		StepNotes.of(execution).forEach((note) -> {
			out.println("    " + note.title() + " (" + note.step() + "):");
			note.lines().forEach((line) -> out.println("      " + line.strip()));
		});
		String exitDescription = execution.getExitStatus().getExitDescription();
		if (!execution.getStatus().isRunning() && !exitDescription.isBlank()) {
			out.println("    exit: " + firstLine(exitDescription));
		}
	}

	public static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return (newline >= 0) ? text.substring(0, newline).strip() : text.strip();
	}

	private static String time(LocalDateTime time) {
		// Spring Batch keeps the JVM's local time: said in the reports' one format
		return (time != null) ? Times.of(time.atZone(ZoneId.systemDefault()).toInstant()) : "-";
	}

	private static String duration(LocalDateTime start, LocalDateTime end) {
		if (start == null || end == null) {
			return "-";
		}
		return String.format("%.1fs", Duration.between(start, end).toMillis() / 1000.0);
	}

}
