package io.demoseeder.reset;

import java.util.List;
import java.util.Locale;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.RefusedException;

/**
 * Decides whether a database may be dropped (by a reset or a restore). The allow-lists
 * are matched exactly: a pattern such as {@code *} is only the database named "*", so a
 * careless config can never widen what gets dropped.
 */
public class SafetyGuard {

	private final SeederProperties.Reset settings;

	public SafetyGuard(SeederProperties.Reset settings) {
		this.settings = settings;
	}

	/**
	 * Returns normally when {@code target} may be dropped.
	 * @throws RefusedException with a one-line reason otherwise
	 */
	public void check(DatabaseLocation target, String operation) {
		String database = target.database();
		if (!this.settings.allowedDatabases().contains(database)) {
			throw new RefusedException("refused to " + operation + " database '" + database
					+ "': not in reset.allowed-databases " + this.settings.allowedDatabases());
		}
		if (!hostAllowed(target.host(), this.settings.allowedHosts())) {
			throw new RefusedException("refused to " + operation + " database '" + database + "' on host '"
					+ target.host() + "': not in reset.allowed-hosts " + this.settings.allowedHosts());
		}
		DatabaseAdmin admin = new DatabaseAdmin(target);
		int tables = admin.userTableCount(database);
		if (tables > 0 && !admin.isMarked(database) && !this.settings.forceUnmarked()) {
			throw new RefusedException("refused to " + operation + " database '" + database + "': it holds " + tables
					+ " table(s) but was not created by demo-seeder (give --force-unmarked to drop it anyway)");
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
