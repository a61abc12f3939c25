package io.demoseeder.core;

import java.util.Map;

import io.demoseeder.plan.RoleTypes;

/**
 * What the platform shows for each of its role types, and the permissions each grants. An
 * access level decides what a user may change; the role type adds what it manages (a
 * manager the waves, a client admin the account and its users).
 */
final class RoleCatalog {

	private static final Map<String, Role> ROLES = Map.of(
			RoleTypes.PLATFORM_ADMIN, new Role("Platform Administrator",
					"Administers the platform and every client account", "global", "Platform Administrator"),
			RoleTypes.CLIENT_ADMIN, new Role("Client Administrator",
					"Manages the client account, its users and engagements", "client", "Client Administrator"),
			RoleTypes.ENGAGEMENT_MANAGER,
			new Role("Engagement Manager", "Leads the engagement: runs flows, approves mappings, plans waves",
					"engagement", "Engagement Lead"),
			RoleTypes.ANALYST,
			new Role("Analyst", "Imports data, reviews field mappings and curates the asset inventory", "engagement",
					"Migration Analyst"),
			RoleTypes.VIEWER, new Role("Viewer", "Follows the engagement's progress without changing anything",
					"engagement", "Stakeholder"));

	private RoleCatalog() {
	}

	static Role of(String roleType) {
		Role role = ROLES.get(roleType);
		if (role == null) {
			throw new IllegalArgumentException("not a platform RoleType value: " + roleType);
		}
		return role;
	}

	/** user_roles.permissions: what the role lets its holder do anywhere in its scope. */
	static Map<String, Object> rolePermissions(String roleType, String accessLevel) {
		boolean writes = writes(accessLevel);
		boolean admin = admin(roleType);
		return Json.object("can_view_data", true, "can_import_data", writes, "can_approve_mappings", writes,
				"can_edit_assets", writes, "can_manage_waves", admin || RoleTypes.ENGAGEMENT_MANAGER.equals(roleType),
				"can_manage_engagements", admin, "can_manage_users", admin, "can_export_data", writes);
	}

	/** client_access.permissions. */
	static Map<String, Object> clientPermissions(String roleType, String accessLevel) {
		boolean admin = admin(roleType);
		return Json.object("can_view_data", true, "can_import_data", writes(accessLevel), "can_export_data",
				writes(accessLevel), "can_manage_engagements", admin, "can_configure_agent_settings", admin,
				"can_manage_client_users", admin);
	}

	/** engagement_access.permissions. */
	static Map<String, Object> engagementPermissions(String roleType, String accessLevel) {
		boolean writes = writes(accessLevel);
		return Json.object("can_view_data", true, "can_import_data", writes, "can_approve_mappings", writes,
				"can_edit_assets", writes, "can_run_flows", writes, "can_manage_engagement_users", admin(roleType));
	}

	/** engagement_access.allowed_session_types: the platform's SessionType values. */
	static Object allowedSessionTypes(String accessLevel) {
		return writes(accessLevel) ? Json.array("data_import", "validation_run", "incremental_update")
				: Json.array("comparison_analysis");
	}

	private static boolean writes(String accessLevel) {
		return !RoleTypes.READ_ONLY.equals(accessLevel);
	}

	private static boolean admin(String roleType) {
		return RoleTypes.CLIENT_ADMIN.equals(roleType) || RoleTypes.PLATFORM_ADMIN.equals(roleType);
	}

	/**
	 * {@code scopeType} is user_roles.scope_type; {@code engagementRole} what
	 * engagement_access calls the holder.
	 */
	record Role(String name, String description, String scopeType, String engagementRole) {
	}

}
