package io.demoseeder.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.demoseeder.model.ClientAccess;
import io.demoseeder.model.ClientAccount;
import io.demoseeder.model.Engagement;
import io.demoseeder.model.EngagementAccess;
import io.demoseeder.model.Tag;
import io.demoseeder.model.User;
import io.demoseeder.model.UserAccountAssociation;
import io.demoseeder.model.UserProfile;
import io.demoseeder.model.UserRole;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.TagCatalog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every row of the core stage, generated from the plan alone: tenants, their engagement,
 * the people who log in and what they may do, and their tags.
 */
record CoreRows(List<ClientAccount> accounts, List<Engagement> engagements, List<User> users,
		List<UserAccountAssociation> associations, List<UserProfile> profiles, List<ClientAccess> clientAccess,
		List<EngagementAccess> engagementAccess, List<UserRole> roles, List<Tag> tags) {

	int size() {
		return Stream
			.of(this.accounts, this.engagements, this.users, this.associations, this.profiles, this.clientAccess,
					this.engagementAccess, this.roles, this.tags)
			.mapToInt(List::size)
			.sum();
	}

	static CoreRows of(SeedContext context, JsonMapper jsonMapper) {
		EntityIds ids = new EntityIds(context);
		Json json = new Json(jsonMapper);
		CoreRows rows = new CoreRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			rows.addTenant(context, ids, new Accounts(context, ids, json), new People(context, ids, json), tenant);
		}
		return rows;
	}

	/** The catalog's tags for one tenant, set up with its account. */
	private void addTags(EntityIds ids, TenantPlan tenant, OffsetDateTime created) {
		UUID account = ids.clientAccount(tenant.key());
		for (TagCatalog.Tag tag : TagCatalog.TAGS) {
			// usage is counted by the platform when it tags; the seeder's tags start
			// unused
			this.tags
				.add(new Tag(ids.tag(account, tag.name()), account, TagCatalog.nameFor(tenant, tag), tag.category(),
						tag.description(), null, tag.confidenceThreshold(), true, 0, null, created, created));
		}
	}

	private void addTenant(SeedContext context, EntityIds ids, Accounts accounts, People people, TenantPlan tenant) {
		Staff staff = Staff.of(tenant);
		LocalDate start = tenant.engagement().startDate();
		// the account is signed up three weeks before the engagement starts, the team
		// onboarded a week later
		OffsetDateTime signedUp = beforeStart(context, start, 21, 9);
		OffsetDateTime onboarded = beforeStart(context, start, 14, 10);
		this.accounts.add(accounts.account(staff, signedUp));
		this.engagements.add(accounts.engagement(staff, onboarded));
		addTags(ids, tenant, signedUp);
		for (UserPlan user : tenant.users()) {
			add(people.person(staff, user, onboarded));
		}
	}

	private void add(People.Person person) {
		this.users.add(person.user());
		this.associations.add(person.association());
		this.profiles.add(person.profile());
		this.clientAccess.add(person.clientAccess());
		this.engagementAccess.add(person.engagementAccess());
		this.roles.add(person.role());
	}

	private static OffsetDateTime beforeStart(SeedContext context, LocalDate start, int days, int hour) {
		int startDaysAgo = (int) ChronoUnit.DAYS.between(start, context.asOf());
		return context.daysAgo(startDaysAgo + days, hour, 0);
	}

}
