package io.demoseeder.database;

/**
 * What the tool is doing now and where: the command, its current step or phase, and the
 * database, control database and user it works on. A failure line says it beside the
 * server's own message ({@code operations.Outcomes}), so an operator knows what failed
 * where, as whom, without reading the log. Kept per thread: a command runs on the thread
 * that parsed it (a scheduled refresh's commands on the scheduler's), and so do its
 * context's start, its lock and each step's manager, where a failure line is written; a
 * partition's failure reaches that line through its job execution. Tests run commands
 * side by side in one JVM, each on its own thread.
 */
public final class Activity {

	private static final ThreadLocal<String> COMMAND = ThreadLocal.withInitial(() -> "demo-seeder");

	private static final ThreadLocal<String> DOING = new ThreadLocal<>();

	private static final ThreadLocal<DatabaseLocation> TARGET = new ThreadLocal<>();

	private Activity() {
	}

	/** A command starts: nothing known yet of what it does or where. */
	public static void command(String name) {
		COMMAND.set(name);
		DOING.set("starting");
		TARGET.set(null);
	}

	/**
	 * What the command is doing now, e.g. "step assets" or "creating the job repository".
	 */
	public static void doing(String what) {
		DOING.set(what);
	}

	/** The target the command works on (its control database follows from it). */
	public static void on(DatabaseLocation target) {
		TARGET.set(target);
	}

	/**
	 * {@code run, in step assets} or {@code run, while starting}: the command and what it
	 * was doing.
	 */
	public static String what() {
		String doing = DOING.get();
		return COMMAND.get() + ((doing != null) ? ((doing.startsWith("step ") ? ", in " : ", while ") + doing) : "");
	}

	/**
	 * {@code on database migration_db (control database migration_db_control) at
	 * 127.0.0.1:5432 as user postgres}, or empty before a target is known.
	 */
	public static String where() {
		DatabaseLocation target = TARGET.get();
		if (target == null) {
			return "";
		}
		return "on database " + target.database() + " (control database " + target.control().database() + ") at "
				+ target.host() + ":" + target.port() + " as user " + target.user();
	}

	/** {@link #what()} and {@link #where()} as one phrase. */
	public static String describe() {
		String where = where();
		return what() + (where.isEmpty() ? "" : ", " + where);
	}

}
