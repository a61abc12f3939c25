package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demoseeder.plan.BcryptHashes;
import io.demoseeder.validation.CheckResult;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The backend's login and context, per demo user (backend.md, "Logging in" and "The
 * user's context"): every refusal it can give is a problem the check names.
 */
final class LoginChecks {

	private static final String SEARCH_PATH = "SELECT 1 FROM users LIMIT 1";

	private static final String USER = """
			SELECT id, password_hash, is_active, is_verified FROM users WHERE email = ?""";

	private static final String PROFILE = "SELECT status FROM user_profiles WHERE user_id = ?";

	private static final String ROLES = "SELECT role_type FROM user_roles WHERE user_id = ? AND is_active";

	/** What a successful login writes. */
	private static final String LOGIN_WRITE = """
			UPDATE user_profiles SET last_login_at = ?, login_count = coalesce(login_count, 0) + 1,
			    failed_login_attempts = ?, updated_at = ?
			WHERE user_id = ?""";

	private static final String CLIENTS = """
			SELECT c.id FROM client_access a JOIN client_accounts c ON c.id = a.client_account_id
			WHERE a.user_profile_id = ? AND a.is_active AND c.is_active""";

	private static final String ENGAGEMENTS = """
			SELECT e.id FROM engagement_access a JOIN engagements e ON e.id = a.engagement_id
			WHERE a.user_profile_id = ? AND a.is_active AND e.is_active""";

	private static final String DEFAULTS = "SELECT default_client_id, default_engagement_id FROM users WHERE id = ?";

	private LoginChecks() {
	}

	static CheckResult searchPath(PlatformSession session) {
		String name = "platform.search-path";
		return session.check(name, "tables visible", (connection) -> {
			PlatformSql.rows(connection, SEARCH_PATH);
			return PlatformSession.result(true, name, "tables visible", "tables visible", "");
		});
	}

	static List<CheckResult> run(PlatformSession session) {
		List<CheckResult> results = new ArrayList<>();
		for (Map.Entry<String, UUID> user : PlatformDemo.USERS.entrySet()) {
			String login = "platform.login." + user.getKey();
			results.add(session.check(login, "logs in", (connection) -> login(session, connection, login, user)));
			String context = "platform.context." + user.getKey();
			results.add(session.check(context, "the demo context", (c) -> context(c, context, user.getValue())));
		}
		return results;
	}

	private static CheckResult login(PlatformSession session, Connection connection, String name,
			Map.Entry<String, UUID> user) throws SQLException {
		List<Object[]> rows = PlatformSql.rows(connection, USER, user.getKey());
		if (rows.isEmpty()) {
			return PlatformSession.result(false, name, "no user", "logs in",
					"no users row with email " + user.getKey());
		}
		Object[] row = rows.get(0);
		UUID id = (UUID) row[0];
		List<String> problems = new ArrayList<>();
		if (!user.getValue().equals(id)) {
			problems.add("id " + id + " is not the plan's " + user.getValue());
		}
		if (!Boolean.TRUE.equals(row[2]) || !Boolean.TRUE.equals(row[3])) {
			problems.add("is_active " + row[2] + ", is_verified " + row[3] + " (both must be true)");
		}
		List<String> status = PlatformSql.texts(connection, PROFILE, id);
		if (!status.equals(List.of("active"))) {
			problems.add("user_profiles status " + status + " is not 'active'");
		}
		if (!passwordMatches((String) row[1])) {
			problems.add("password_hash is not a bcrypt hash of the documented password");
		}
		problems.addAll(roles(connection, user.getKey(), id));
		if (PlatformSql.update(connection, LOGIN_WRITE, session.at(), 0, session.at(), id) != 1) {
			problems.add("the login's update of user_profiles changed no row");
		}
		return PlatformSession.result(problems.isEmpty(), name,
				problems.isEmpty() ? "logs in" : problems.size() + " problem(s)", "logs in",
				user.getKey() + ": " + String.join("; ", problems));
	}

	private static List<String> roles(Connection connection, String email, UUID id) throws SQLException {
		List<String> roles = PlatformSql.texts(connection, ROLES, id);
		boolean admin = roles.stream().anyMatch(PlatformDemo.ADMIN_ROLES::contains);
		boolean mustBeAdmin = PlatformDemo.ADMIN_EMAIL.equals(email);
		if (roles.isEmpty()) {
			return List.of("no active user_roles row");
		}
		if (admin != mustBeAdmin) {
			return List.of("role types " + roles + (mustBeAdmin ? " make no administrator" : " make an administrator"));
		}
		return List.of();
	}

	static boolean passwordMatches(String hash) {
		if (hash == null || !(hash.startsWith("$2a$") || hash.startsWith("$2b$"))) {
			return false;
		}
		// the hashes this JVM made or checked are known: bcrypt is slow by design (a
		// changed hash is another string)
		if (BcryptHashes.known(PlatformDemo.PASSWORD, hash)) {
			return true;
		}
		try {
			boolean matches = BCrypt.checkpw(PlatformDemo.PASSWORD, hash);
			if (matches) {
				BcryptHashes.remember(PlatformDemo.PASSWORD, hash);
			}
			return matches;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static CheckResult context(Connection connection, String name, UUID user) throws SQLException {
		List<String> problems = new ArrayList<>();
		List<String> clients = PlatformSql.texts(connection, CLIENTS, user);
		if (!clients.contains(PlatformDemo.CLIENT.toString())) {
			problems.add("active client_access to active client accounts " + clients + " lacks " + PlatformDemo.CLIENT);
		}
		List<String> engagements = PlatformSql.texts(connection, ENGAGEMENTS, user);
		if (!engagements.contains(PlatformDemo.ENGAGEMENT.toString())) {
			problems.add("active engagement_access to active engagements " + engagements + " lacks "
					+ PlatformDemo.ENGAGEMENT);
		}
		List<Object[]> defaults = PlatformSql.rows(connection, DEFAULTS, user);
		if (defaults.isEmpty() || !PlatformDemo.CLIENT.equals(defaults.get(0)[0])
				|| !PlatformDemo.ENGAGEMENT.equals(defaults.get(0)[1])) {
			problems.add("users.default_client_id/default_engagement_id are not the demo's ids");
		}
		return PlatformSession.result(problems.isEmpty(), name,
				problems.isEmpty() ? "the demo context" : problems.size() + " problem(s)", "the demo context",
				user + ": " + String.join("; ", problems));
	}

}
