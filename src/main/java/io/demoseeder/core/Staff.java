package io.demoseeder.core;

import java.util.Random;

import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.RoleTypes;
import io.demoseeder.plan.SeedContext;

/**
 * Who in a tenant does what for the others: the client admin approves, associates and
 * grants access to every user, and is the client's contact; the engagement manager leads
 * the engagement (the admin does, in a tenant without one). The admin's own grants come
 * from the lead, or from the admin alone in a one-user tenant.
 */
record Staff(TenantPlan tenant, UserPlan admin, UserPlan lead) {

	static Staff of(TenantPlan tenant) {
		UserPlan admin = withRole(tenant, RoleTypes.CLIENT_ADMIN);
		UserPlan lead = withRole(tenant, RoleTypes.ENGAGEMENT_MANAGER);
		if (admin == null) {
			throw new IllegalStateException("tenant " + tenant.key() + " has no client admin");
		}
		return new Staff(tenant, admin, (lead != null) ? lead : admin);
	}

	/** The email of whoever approved and granted {@code user}'s access. */
	String grantorOf(UserPlan user) {
		return user.email().equals(this.admin.email()) ? this.lead.email() : this.admin.email();
	}

	/** The company's email domain: the admin's. */
	String domain() {
		return this.admin.email().substring(this.admin.email().indexOf('@') + 1);
	}

	/**
	 * A fictional number (555-01xx is reserved for fiction) for a person or an office.
	 */
	static String phone(SeedContext context, String key) {
		Random random = context.random("phone", key);
		return String.format("+1-555-01%02d", random.nextInt(100));
	}

	private static UserPlan withRole(TenantPlan tenant, String roleType) {
		return tenant.users().stream().filter((user) -> user.roleType().equals(roleType)).findFirst().orElse(null);
	}

}
