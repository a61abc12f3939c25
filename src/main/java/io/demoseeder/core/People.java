package io.demoseeder.core;

import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.model.ClientAccess;
import io.demoseeder.model.EngagementAccess;
import io.demoseeder.model.User;
import io.demoseeder.model.UserAccountAssociation;
import io.demoseeder.model.UserProfile;
import io.demoseeder.model.UserRole;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.RoleTypes;
import io.demoseeder.plan.SeedContext;

import static io.demoseeder.core.Json.array;
import static io.demoseeder.core.Json.object;

/**
 * One user's rows, everything the platform's login and context resolution read: a
 * verified, active user whose defaults are the tenant's client and engagement, an
 * approved profile, the association, the access rows to the client and the engagement,
 * and the role. Each has used the platform for a while: logins are counted up to a last
 * one in the days before the as-of date.
 */
record People(SeedContext context, EntityIds ids, Json json) {

	/**
	 * An admin approves a new user's profile (and grants access) this long after sign-up.
	 */
	private static final int APPROVAL_HOURS = 2;

	/** The rows of {@code plan}'s user, onboarded at {@code onboarded}. */
	Person person(Staff staff, UserPlan plan, OffsetDateTime onboarded) {
		TenantPlan tenant = staff.tenant();
		UUID accountId = this.ids.clientAccount(tenant.key());
		UUID engagementId = this.ids.engagement(tenant.key());
		Login login = login(staff, plan, onboarded);
		UserNames.Name name = UserNames.of(this.context, plan.email());
		User user = new User(login.userId(), plan.email(), DemoPasswords.hash(this.context, plan.email()), name.first(),
				name.last(), true, true, accountId, engagementId, login.last(), onboarded, login.last());
		// EntityIds has no key for these link rows: they are named here by what they link
		UserAccountAssociation association = new UserAccountAssociation(
				this.context.id("user_account_association", plan.email(), tenant.key()), login.userId(), accountId,
				plan.associationRole(), login.grantor(), onboarded, onboarded);
		return new Person(user, association, profile(staff, plan, name, onboarded, login),
				clientAccess(tenant, plan, accountId, login), engagementAccess(tenant, plan, engagementId, login),
				role(tenant, plan, accountId, engagementId, login));
	}

	private Login login(Staff staff, UserPlan plan, OffsetDateTime onboarded) {
		Random random = this.context.random("login", plan.email());
		OffsetDateTime last = this.context.daysAgo(1 + random.nextInt(3), 8 + random.nextInt(9), random.nextInt(60));
		return new Login(this.ids.user(plan.email()), this.ids.user(staff.grantorOf(plan)),
				onboarded.plusHours(APPROVAL_HOURS), last, 12 + random.nextInt(60));
	}

	private UserProfile profile(Staff staff, UserPlan plan, UserNames.Name name, OffsetDateTime onboarded,
			Login login) {
		TenantPlan tenant = staff.tenant();
		boolean admin = plan.email().equals(staff.admin().email());
		return new UserProfile(login.userId(), "active", tenant.name(), plan.roleDescription(), onboarded,
				login.granted(), login.grantor(), "Member of the " + tenant.engagement().name() + " team",
				plan.accessLevel(), Staff.phone(this.context, plan.email()), admin ? null : staff.admin().email(),
				"https://www.linkedin.com/in/" + name.handle(), login.last(), login.count(), 0, null,
				this.json.write(notifications(plan)), onboarded, login.last());
	}

	private ClientAccess clientAccess(TenantPlan tenant, UserPlan plan, UUID accountId, Login login) {
		return new ClientAccess(this.context.id("client_access", plan.email(), tenant.key()), login.userId(), accountId,
				plan.accessLevel(), this.json.write(RoleCatalog.clientPermissions(plan.roleType(), plan.accessLevel())),
				this.json.write(array()), this.json.write(array()), login.granted(), login.grantor(), null, true,
				login.last(), login.count(), login.granted(), login.last());
	}

	private EngagementAccess engagementAccess(TenantPlan tenant, UserPlan plan, UUID engagementId, Login login) {
		return new EngagementAccess(this.context.id("engagement_access", plan.email(), tenant.key()), login.userId(),
				engagementId, plan.accessLevel(), RoleCatalog.of(plan.roleType()).engagementRole(),
				this.json.write(RoleCatalog.engagementPermissions(plan.roleType(), plan.accessLevel())),
				this.json.write(array()), this.json.write(RoleCatalog.allowedSessionTypes(plan.accessLevel())),
				login.granted(), login.grantor(), null, true, login.last(), login.count(), login.granted(),
				login.last());
	}

	private UserRole role(TenantPlan tenant, UserPlan plan, UUID accountId, UUID engagementId, Login login) {
		RoleCatalog.Role role = RoleCatalog.of(plan.roleType());
		// the scope columns say what the role covers, consistently with scope_type
		UUID scopeClient = "global".equals(role.scopeType()) ? null : accountId;
		UUID scopeEngagement = "engagement".equals(role.scopeType()) ? engagementId : null;
		return new UserRole(this.context.id("user_role", plan.email(), tenant.key(), plan.roleType()), accountId,
				engagementId, login.userId(), plan.roleType(), plan.accessLevel(), scopeClient, scopeEngagement, true,
				role.name(), role.description(),
				this.json.write(RoleCatalog.rolePermissions(plan.roleType(), plan.accessLevel())), role.scopeType(),
				login.granted(), login.grantor(), null, login.granted(), login.granted());
	}

	private static Object notifications(UserPlan plan) {
		boolean reviews = !RoleTypes.READ_ONLY.equals(plan.accessLevel());
		return object("email_notifications", true, "flow_completed", true, "approval_requests", reviews,
				"mapping_review", reviews, "weekly_summary", true, "security_alerts", true);
	}

	/** One user's rows, one of each table. */
	record Person(User user, UserAccountAssociation association, UserProfile profile, ClientAccess clientAccess,
			EngagementAccess engagementAccess, UserRole role) {
	}

	/**
	 * What the access rows share: who granted them and when, and the user's logins since.
	 */
	private record Login(UUID userId, UUID grantor, OffsetDateTime granted, OffsetDateTime last, int count) {
	}

}
