package io.demoseeder.operations;

import java.util.concurrent.Callable;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.reset.SafetyGuard;

import org.springframework.stereotype.Component;

/**
 * How a command that drops the target goes about it ({@code run}, {@code restore}): the
 * safety guard first, so that a refused command leaves nothing behind (no execution to
 * "resume"), then the run lock, which keeps a second process off the same target.
 */
@Component
public record GuardedDrop(SafetyGuard safetyGuard, RunLocks runLocks, DatabaseLocation targetLocation) {

	/**
	 * {@code work}, when the guard allows to {@code drop} ("reset", "restore") the
	 * target, holding the lock for {@code command}.
	 * @throws io.demoseeder.database.RefusedException when the guard refuses, or another
	 * process holds the lock
	 */
	public <T> T run(String drop, String command, Callable<T> work) throws Exception {
		this.safetyGuard.check(this.targetLocation, drop);
		try (RunLock lock = this.runLocks.acquire(command)) {
			return work.call();
		}
	}

}
