package io.demoseeder.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;

import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;
import io.demoseeder.job.SeedDemoJobConfiguration;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * One {@code run} or {@code restore} at a time per target database. The lock lives in the
 * control database, next to the job repository, keyed by the target's name; its holder
 * records who it is in a small table there so that a refused command can say which
 * process to look at.
 */
@Component
public class RunLocks {

	private static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtext(?))";

	private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext(?))";

	private static final String CREATE_HOLDER_TABLE = """
			CREATE TABLE IF NOT EXISTS demo_seeder_run_holder (
				lock_name text PRIMARY KEY,
				command text NOT NULL,
				pid bigint NOT NULL,
				host text NOT NULL,
				since timestamptz NOT NULL)
			""";

	private static final String RECORD_HOLDER = """
			INSERT INTO demo_seeder_run_holder (lock_name, command, pid, host, since) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (lock_name) DO UPDATE
			SET command = excluded.command, pid = excluded.pid, host = excluded.host, since = excluded.since
			""";

	private static final String FIND_HOLDER = """
			SELECT command, pid, host, since FROM demo_seeder_run_holder WHERE lock_name = ?
			""";

	private final DatabaseLocation control;

	private final String name;

	private final JobRepository jobRepository;

	private final Clock clock;

	private final AtomicReference<String> heldFor = new AtomicReference<>();

	RunLocks(DatabaseLocation targetLocation, JobRepository jobRepository, Clock clock) {
		this.control = targetLocation.control();
		this.name = "demo-seeder:" + targetLocation.database();
		this.jobRepository = jobRepository;
		this.clock = clock;
	}

	/**
	 * Takes the lock for {@code command} until the returned lock is closed.
	 * @throws RefusedException when another process holds it
	 */
	public RunLock acquire(String command) throws SQLException {
		Activity.doing("taking the run lock in the control database");
		Connection connection = this.control.unpooledDataSource().getConnection();
		try {
			if (!tryLock(connection)) {
				throw new RefusedException("already running: " + describeHolder(connection));
			}
			record(connection,
					RunHolder.current(command, OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS)));
			this.heldFor.set(command);
			return new RunLock(connection, this.name, () -> this.heldFor.set(null));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	/** Whether this process holds the lock for {@code command} right now. */
	public boolean heldFor(String command) {
		return command.equals(this.heldFor.get());
	}

	/**
	 * Whether no process holds the lock: a STARTED execution then belongs to a process
	 * that died.
	 */
	public boolean isFree() throws SQLException {
		if (this.heldFor.get() != null) {
			return false;
		}
		try (Connection connection = this.control.unpooledDataSource().getConnection()) {
			if (!tryLock(connection)) {
				return false;
			}
			try (PreparedStatement unlock = connection.prepareStatement(UNLOCK)) {
				unlock.setString(1, this.name);
				unlock.execute();
			}
			return true;
		}
	}

	private boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK)) {
			lock.setString(1, this.name);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** Only while holding the lock, so no two processes race on the DDL. */
	private void record(Connection connection, RunHolder holder) throws SQLException {
		try (Statement create = connection.createStatement()) {
			create.execute(CREATE_HOLDER_TABLE);
		}
		try (PreparedStatement insert = connection.prepareStatement(RECORD_HOLDER)) {
			insert.setString(1, this.name);
			insert.setString(2, holder.command());
			insert.setLong(3, holder.pid());
			insert.setString(4, holder.host());
			insert.setObject(5, holder.since());
			insert.executeUpdate();
		}
	}

	private String describeHolder(Connection connection) {
		RunHolder holder = findHolder(connection);
		JobExecution running = runningExecution();
		// A run that has just taken the lock creates its execution a moment later.
		for (int attempt = 0; running == null && holder != null && "run".equals(holder.command())
				&& attempt < 25; attempt++) {
			pause();
			running = runningExecution();
		}
		String what = (running != null && (holder == null || "run".equals(holder.command())))
				? "execution " + running.getId() : (holder != null) ? holder.command() : "another process";
		if (holder == null) {
			return what;
		}
		return what + ", pid " + holder.pid() + " on host " + holder.host() + " since " + holder.since();
	}

	private JobExecution runningExecution() {
		return this.jobRepository.findRunningJobExecutions(SeedDemoJobConfiguration.JOB_NAME)
			.stream()
			.max(Comparator.comparing(JobExecution::getId))
			.orElse(null);
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Null when the holder has not recorded itself yet (it just took the lock). */
	private RunHolder findHolder(Connection connection) {
		try (PreparedStatement find = connection.prepareStatement(FIND_HOLDER)) {
			find.setString(1, this.name);
			try (ResultSet result = find.executeQuery()) {
				return result.next() ? new RunHolder(result.getString(1), result.getLong(2), result.getString(3),
						result.getObject(4, OffsetDateTime.class)) : null;
			}
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
