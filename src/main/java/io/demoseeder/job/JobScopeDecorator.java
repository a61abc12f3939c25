package io.demoseeder.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the job scope into a split's threads: Spring Batch registers the running job
 * execution on the job's own thread only, so a step on a split's thread could not see the
 * job-scoped seed context and plan. Registering the same execution again only counts up:
 * the scope closes when the job's thread releases it last.
 */
final class JobScopeDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		JobContext context = JobSynchronizationManager.getContext();
		if (context == null) {
			return task;
		}
		JobExecution execution = context.getJobExecution();
		return () -> {
			JobSynchronizationManager.register(execution);
			try {
				task.run();
			}
			finally {
				JobSynchronizationManager.release();
			}
		};
	}

}
