package io.demoseeder.validation.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo as the platform's backend and its team's notes expect it (shared/platform/):
 * the fixed ids it falls back to, the four logins and their password, and the status list
 * of its active-flows query.
 */
final class PlatformDemo {

	static final UUID CLIENT = UUID.fromString("11111111-1111-1111-1111-111111111111");

	static final UUID ENGAGEMENT = UUID.fromString("22222222-2222-2222-2222-222222222222");

	static final String PASSWORD = "Demo123!";

	static final String ADMIN_EMAIL = "client.admin@democorp.com";

	/** The logins, in the order of the platform team's notes, with their fixed ids. */
	static final Map<String, UUID> USERS = users();

	/** The roles that make a user an administrator (lower-case RoleType values). */
	static final List<String> ADMIN_ROLES = List.of("platform_admin", "client_admin");

	/**
	 * The Discovery Flows page's status list, values outside the column's set included.
	 */
	static final List<String> ACTIVE_FLOW_STATUSES = List.of("initialized", "active", "running", "paused",
			"data_import", "attribute_mapping", "field_mapping", "data_cleansing", "inventory", "dependencies",
			"tech_debt");

	private PlatformDemo() {
	}

	static UUID demoUser() {
		return USERS.get("demo@democorp.com");
	}

	private static Map<String, UUID> users() {
		Map<String, UUID> users = new LinkedHashMap<>();
		users.put("demo@democorp.com", UUID.fromString("33333333-3333-3333-3333-333333333333"));
		users.put("analyst@democorp.com", UUID.fromString("44444444-4444-4444-4444-444444444444"));
		users.put("viewer@democorp.com", UUID.fromString("55555555-5555-5555-5555-555555555555"));
		users.put(ADMIN_EMAIL, UUID.fromString("66666666-6666-6666-6666-666666666666"));
		return java.util.Collections.unmodifiableMap(users);
	}

	/** "(?, ?, ...)" for {@code count} parameters. */
	static String placeholders(int count) {
		return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
	}

}
