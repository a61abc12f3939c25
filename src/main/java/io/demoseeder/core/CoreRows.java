package io.demoseeder.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.demoseeder.model.ClientAccount;
import io.demoseeder.model.Engagement;
import io.demoseeder.model.Tag;
import io.demoseeder.model.User;
import io.demoseeder.model.UserAccountAssociation;
import io.demoseeder.model.UserProfile;
import io.demoseeder.model.UserRole;
import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlan.UserPlan;
import io.demoseeder.seed.EntityIds;
import io.demoseeder.seed.SeedContext;
import io.demoseeder.seed.TagCatalog;

/**
 * Every row of the core stage, generated from the plan alone: tenants, their engagement,
 * the people who log in and what they may do, and the global tags.
 */
record CoreRows(List<ClientAccount> accounts, List<Engagement> engagements, List<User> users,
		List<UserAccountAssociation> associations, List<UserProfile> profiles, List<UserRole> roles, List<Tag> tags) {

	/**
	 * Roles not scoped to one engagement: a client admin covers the whole account, a
	 * platform admin the whole platform.
	 */
	private static final List<String> ACCOUNT_WIDE_ROLES = List.of("CLIENT_ADMIN", "PLATFORM_ADMIN");

	/** Tags belong to the platform's catalog, set up long before any tenant. */
	private static final int TAGS_CREATED_DAYS_AGO = 180;

	int size() {
		return this.accounts.size() + this.engagements.size() + this.users.size() + this.associations.size()
				+ this.profiles.size() + this.roles.size() + this.tags.size();
	}

	static CoreRows of(SeedContext context) {
		EntityIds ids = new EntityIds(context);
		CoreRows rows = new CoreRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (TenantPlan tenant : DemoPlan.of(context).tenants()) {
			rows.addTenant(context, ids, tenant);
		}
		OffsetDateTime tagsCreated = context.daysAgo(TAGS_CREATED_DAYS_AGO, 8, 0);
		for (TagCatalog.Tag tag : TagCatalog.TAGS) {
			rows.tags.add(new Tag(ids.tag(tag.name()), null, null, tag.name(), tag.category(), null, null, null, null,
					null, null, tagsCreated, tagsCreated));
		}
		return rows;
	}

	private void addTenant(SeedContext context, EntityIds ids, TenantPlan tenant) {
		UUID accountId = ids.clientAccount(tenant.key());
		UUID engagementId = ids.engagement(tenant.key());
		LocalDate start = tenant.engagement().startDate();
		// the account is signed up three weeks before the engagement starts, the team
		// onboarded a week later
		OffsetDateTime signedUp = beforeStart(context, start, 21, 9);
		OffsetDateTime onboarded = beforeStart(context, start, 14, 10);
		this.accounts.add(new ClientAccount(accountId, tenant.name(), tenant.key(), tenant.industry(), true, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, signedUp, signedUp));
		DemoPlan.EngagementPlan engagement = tenant.engagement();
		this.engagements.add(new Engagement(engagementId, accountId, engagement.name(), engagement.slug(),
				engagement.status(), engagement.startDate().atStartOfDay().atOffset(ZoneOffset.UTC),
				engagement.targetCompletionDate().atStartOfDay().atOffset(ZoneOffset.UTC), null, null, null, null, null,
				null, null, null, null, null, null, null, onboarded, onboarded));
		for (UserPlan user : tenant.users()) {
			addUser(context, ids, tenant, user, onboarded);
		}
	}

	private void addUser(SeedContext context, EntityIds ids, TenantPlan tenant, UserPlan plan,
			OffsetDateTime onboarded) {
		UUID userId = ids.user(plan.email());
		UUID accountId = ids.clientAccount(tenant.key());
		UUID engagementId = ids.engagement(tenant.key());
		UserNames.Name name = UserNames.of(context, plan.email());
		this.users.add(new User(userId, plan.email(), DemoPasswords.hash(context, plan.email()), name.first(),
				name.last(), true, true, null, null, null, onboarded, onboarded));
		// EntityIds has no key for these link rows: they are named here by what they link
		this.associations
			.add(new UserAccountAssociation(context.id("user_account_association", plan.email(), tenant.key()), userId,
					accountId, plan.associationRole(), null, onboarded, onboarded));
		this.profiles.add(new UserProfile(userId, "active", tenant.name(), plan.roleDescription(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, onboarded, onboarded));
		this.roles.add(new UserRole(context.id("user_role", plan.email(), tenant.key(), plan.roleType()), accountId,
				engagementId, userId, plan.roleType(), plan.accessLevel(), scopeAccount(plan, accountId),
				scopeEngagement(plan, engagementId), true, plan.roleType(), null, null, null, null, null, null,
				onboarded, onboarded));
	}

	/** A platform admin is not scoped to any account. */
	private static UUID scopeAccount(UserPlan plan, UUID accountId) {
		return "PLATFORM_ADMIN".equals(plan.roleType()) ? null : accountId;
	}

	/** NULL scope engagement means every engagement of the scoped account. */
	private static UUID scopeEngagement(UserPlan plan, UUID engagementId) {
		return ACCOUNT_WIDE_ROLES.contains(plan.roleType()) ? null : engagementId;
	}

	private static OffsetDateTime beforeStart(SeedContext context, LocalDate start, int days, int hour) {
		int startDaysAgo = (int) ChronoUnit.DAYS.between(start, context.asOf());
		return context.daysAgo(startDaysAgo + days, hour, 0);
	}

}
