package io.demoseeder.core;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.demoseeder.model.ClientAccount;
import io.demoseeder.model.Engagement;
import io.demoseeder.plan.DemoPlan.AccountPlan;
import io.demoseeder.plan.DemoPlan.EngagementPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;

import static io.demoseeder.core.Json.array;
import static io.demoseeder.core.Json.object;

/**
 * A tenant's client account and engagement as the platform's account and engagement pages
 * show them: the plan's company facts, the admin as the client's contact, a subscription
 * of the plan's tier that started at sign-up, and the JSON settings the platform creates
 * with an account.
 */
record Accounts(SeedContext context, EntityIds ids, Json json) {

	private static final List<String> BRAND_COLOURS = List.of("#1F4E79", "#0B6E4F", "#6A1B9A", "#B23A48");

	ClientAccount account(Staff staff, OffsetDateTime signedUp) {
		TenantPlan tenant = staff.tenant();
		AccountPlan plan = tenant.account();
		boolean enterprise = "enterprise".equals(plan.subscriptionTier());
		UserNames.Name contact = UserNames.of(this.context, staff.admin().email());
		return new ClientAccount(this.ids.clientAccount(tenant.key()), tenant.name(), tenant.key(), tenant.industry(),
				true, plan.description(), plan.companySize(), plan.headquarters(), contact.full(),
				staff.admin().email(), Staff.phone(this.context, staff.admin().email()),
				"it-migration@" + staff.domain(), Staff.phone(this.context, tenant.key()), plan.address(),
				plan.timezone(), plan.subscriptionTier(), "billing@" + staff.domain(), signedUp,
				signedUp.plusYears(enterprise ? 3 : 1), enterprise ? 250 : 50, enterprise ? 20 : 5,
				this.json.write(features(enterprise)), this.json.write(agentConfiguration()), enterprise ? 1000 : 250,
				enterprise ? 1_000_000 : 250_000, this.json.write(settings(tenant)), this.json.write(branding(tenant)),
				this.json.write(objectives(tenant)), this.json.write(agentPreferences()), signedUp, signedUp);
	}

	Engagement engagement(Staff staff, OffsetDateTime onboarded) {
		TenantPlan tenant = staff.tenant();
		EngagementPlan plan = tenant.engagement();
		UserNames.Name contact = UserNames.of(this.context, staff.admin().email());
		return new Engagement(this.ids.engagement(tenant.key()), this.ids.clientAccount(tenant.key()), plan.name(),
				plan.slug(), plan.status(), plan.startDate().atStartOfDay().atOffset(ZoneOffset.UTC),
				plan.targetCompletionDate().atStartOfDay().atOffset(ZoneOffset.UTC), plan.description(), "migration",
				plan.priority(), null, this.ids.user(staff.lead().email()), contact.full(), staff.admin().email(),
				this.json.write(engagementSettings()), this.json.write(scope(tenant)),
				this.json.write(teamPreferences(tenant)), this.ids.user(staff.lead().email()), true, onboarded,
				onboarded);
	}

	private static Object features(boolean enterprise) {
		return object("discovery", true, "assess", true, "plan", true, "execute", enterprise, "modernize", false,
				"finops", enterprise, "observability", false, "decommission", false, "agent_learning", true);
	}

	private static Object agentConfiguration() {
		return object("confidence_thresholds",
				object("field_mapping", 0.7, "asset_classification", 0.8, "dependency_detection", 0.75),
				"learning_enabled", true, "human_review_required", true, "max_parallel_agents", 4);
	}

	private static Object settings(TenantPlan tenant) {
		return object("default_cloud_provider", tenant.engagement().targetCloud().toLowerCase(Locale.ROOT), "timezone",
				tenant.account().timezone(), "currency", "USD", "date_format", "YYYY-MM-DD", "data_retention_days",
				365);
	}

	private Object branding(TenantPlan tenant) {
		String colour = BRAND_COLOURS.get(this.context.random("branding", tenant.key()).nextInt(BRAND_COLOURS.size()));
		return object("display_name", tenant.name(), "primary_color", colour, "secondary_color", "#FFFFFF", "logo_url",
				null);
	}

	private static Object objectives(TenantPlan tenant) {
		return object("primary_goals",
				array("Exit the on-premises data centers", "Reduce infrastructure cost by 30%",
						"Improve resilience of customer-facing systems"),
				"timeframe", months(tenant.engagement()) + " months", "compliance_requirements",
				tenant.account().compliance(), "success_metrics",
				array("Applications migrated on schedule", "No unplanned downtime during cutovers"));
	}

	private static Object agentPreferences() {
		return object("communication_style", "concise", "confidence_display", "percentage", "auto_approve_threshold",
				0.95, "notify_on_low_confidence", true);
	}

	private static Object engagementSettings() {
		return object("auto_approve_mappings", false, "mapping_confidence_threshold", 0.7,
				"require_review_for_critical_assets", true, "notifications",
				object("flow_completed", true, "mapping_review", true, "wave_changes", true));
	}

	private static Object scope(TenantPlan tenant) {
		int assets = tenant.imports().stream().mapToInt(ImportPlan::assetRows).sum();
		return object("target_cloud", tenant.engagement().targetCloud(), "source_environments",
				array("on_premises_data_center"), "asset_count_estimate", assets, "planned_waves", tenant.waves(),
				"in_scope_asset_types", array("server", "database", "application", "network"), "strategies_considered",
				array("rehost", "replatform", "refactor", "retire", "retain"));
	}

	private static Object teamPreferences(TenantPlan tenant) {
		return object("working_hours", "09:00-17:00", "timezone", tenant.account().timezone(), "standup_cadence",
				"daily", "reporting_cadence", "weekly", "communication_channel", "Microsoft Teams");
	}

	private static long months(EngagementPlan engagement) {
		return ChronoUnit.MONTHS.between(engagement.startDate(), engagement.targetCompletionDate());
	}

}
