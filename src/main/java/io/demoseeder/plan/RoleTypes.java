package io.demoseeder.plan;

/**
 * The platform's RoleType and AccessLevel values, lower case as its backend reads them
 * from {@code user_roles} and the access rows (platform/models.md).
 */
public final class RoleTypes {

	public static final String PLATFORM_ADMIN = "platform_admin";

	public static final String CLIENT_ADMIN = "client_admin";

	public static final String ENGAGEMENT_MANAGER = "engagement_manager";

	public static final String ANALYST = "analyst";

	public static final String VIEWER = "viewer";

	public static final String READ_ONLY = "read_only";

	public static final String READ_WRITE = "read_write";

	public static final String ADMIN = "admin";

	private RoleTypes() {
	}

}
