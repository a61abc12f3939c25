package io.demoseeder.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

import io.demoseeder.catalog.AbsentValues;
import io.demoseeder.catalog.TargetCatalog;
import io.demoseeder.catalog.TargetFit;
import io.demoseeder.plan.SeedParameters;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * A writer's table as the target has it, settled from the catalog at the writer's first
 * write (the step's start): the columns the rows go to, their encoding, and the fit of
 * the writer's values to them; or, when the target lacks the table, nothing to write.
 *
 * @param table the columns the rows go to (null: the target lacks the table)
 * @param encoding binary or CSV
 * @param fit how the writer's values become the target's (null when absent)
 * @param jobExecutionId the job execution it was settled for: a writer bean outlives one
 * run, and the next may meet another target
 * @param bookkept whether the seeder's bookkeeping ({@link AbsentValues}) is beside the
 * target: asked once here, not at every chunk
 */
record FittedTable(CopyTable table, CopyEncoding encoding, TargetFit fit, Long jobExecutionId, boolean bookkept) {

	private static final Log logger = LogFactory.getLog(FittedTable.class);

	/** Before any run: a test writing outside a step, the demo's first day. */
	private static final LocalDate NO_RUN = LocalDate.of(2000, 1, 1);

	static FittedTable of(Connection connection, CopyTable known) throws SQLException {
		Optional<TargetFit> fit = TargetFit.of(connection, TargetCatalog.read(connection, known.schema()),
				known.table(), known.columns(), asOf());
		if (fit.isEmpty()) {
			logger.warn("The target has no table " + known.schema() + "." + known.table() + ": its rows are left out");
			return new FittedTable(null, null, null, currentJobExecution(), false);
		}
		CopyTable table = new CopyTable(known.schema(), known.table(), fit.get().columns());
		// the constraints step's "Schema" note says the same for every table
		if (logger.isDebugEnabled() && (!fit.get().absent().isEmpty() || !fit.get().filled().isEmpty())) {
			logger.debug("Target " + known.table() + ": " + describe(fit.get()));
		}
		return new FittedTable(table, CopyEncoding.of(connection, table), fit.get(), currentJobExecution(),
				AbsentValues.bookkept(connection));
	}

	/** Whether it was settled for the job execution writing now. */
	boolean current() {
		return java.util.Objects.equals(this.jobExecutionId, currentJobExecution());
	}

	private static Long currentJobExecution() {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution().getJobExecutionId() : null;
	}

	boolean absent() {
		return this.table == null;
	}

	/**
	 * What the target has no column for, when {@code absent}, and the values mapped to
	 * its vocabulary, kept beside it for the stages after and the run's note.
	 */
	void keep(Connection connection, CopyTable known, List<Object[]> rows, List<Object[]> written, boolean absent)
			throws SQLException {
		if (this.fit != null && this.bookkept) {
			if (absent) {
				AbsentValues.keep(connection, known.table(), this.fit, known.columns(), rows);
			}
			if (this.fit.mapping()) {
				AbsentValues.keepMapped(connection, known.table(), this.fit, known.columns(), rows, written);
			}
		}
	}

	private static String describe(TargetFit fit) {
		StringBuilder text = new StringBuilder();
		if (!fit.absent().isEmpty()) {
			text.append("known column(s) it lacks left out: ").append(String.join(", ", fit.absent()));
		}
		fit.filled()
			.forEach((column, rule) -> text.append((text.length() > 0) ? "; " : "")
				.append(column)
				.append(" filled with ")
				.append(rule.description()));
		return text.toString();
	}

	/** The run's as-of date, from the job parameters of the step writing. */
	private static LocalDate asOf() {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? SeedParameters.of(context.getStepExecution().getJobParameters()).asOf() : NO_RUN;
	}

}
