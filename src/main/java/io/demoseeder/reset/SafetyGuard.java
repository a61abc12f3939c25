package io.demoseeder.reset;

import java.util.List;
import java.util.Locale;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.LaunchTarget;
import io.demoseeder.database.RefusedException;

/**
 * Decides whether a database may be dropped (by a reset or a restore). The allow-lists
 * are matched exactly: a pattern such as {@code *} is only the database named "*", so a
 * careless config can never widen what gets dropped.
 */
public class SafetyGuard {

	private final List<String> allowedDatabases;

	private final List<String> allowedHosts;

	private final boolean forceUnmarked;

	/**
	 * Plain values, not the configuration record: the guard sits below the configuration
	 * that builds it, so the two never import each other.
	 */
	public SafetyGuard(List<String> allowedDatabases, List<String> allowedHosts, boolean forceUnmarked) {
		this.allowedDatabases = List.copyOf(allowedDatabases);
		this.allowedHosts = List.copyOf(allowedHosts);
		this.forceUnmarked = forceUnmarked;
	}

	/**
	 * Returns normally when {@code target} may be dropped.
	 * @throws RefusedException with a one-line reason otherwise
	 */
	public void check(DatabaseLocation target, String operation) {
		String database = target.database();
		if (!this.allowedDatabases.contains(database)) {
			throw new RefusedException("refused to " + operation + " database '" + database
					+ "': not in reset.allowed-databases " + this.allowedDatabases);
		}
		if (!hostAllowed(target.host(), this.allowedHosts)) {
			throw new RefusedException("refused to " + operation + " database '" + database + "' on host '"
					+ target.host() + "': not in reset.allowed-hosts " + this.allowedHosts);
		}
		DatabaseAdmin admin = new DatabaseAdmin(target);
		int tables = admin.userTableCount(database);
		if (tables > 0 && !admin.isMarked(database) && !this.forceUnmarked) {
			throw new RefusedException("refused to " + operation + " database '" + database + "': it holds " + tables
					+ " table(s) but was not created by demo-seeder (give --force-unmarked to drop it anyway)");
		}
	}

	/**
	 * For a command that drops the target ({@link LaunchTarget#drops()}), the same check
	 * before its context creates anything on the server; nothing for any other.
	 */
	public void checkLaunch(LaunchTarget launch, DatabaseLocation target) {
		if (launch.drops() != null) {
			check(target, launch.drops());
		}
	}

	private static boolean hostAllowed(String host, List<String> allowedHosts) {
		String normalized = normalize(host);
		return allowedHosts.stream().map(SafetyGuard::normalize).anyMatch(normalized::equals);
	}

	/**
	 * Host names are case-insensitive; IPv6 literals may come with or without brackets.
	 */
	private static String normalize(String host) {
		String lower = host.trim().toLowerCase(Locale.ROOT);
		return (lower.startsWith("[") && lower.endsWith("]")) ? lower.substring(1, lower.length() - 1) : lower;
	}

}
