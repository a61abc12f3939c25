package io.demoseeder.assessments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.demoseeder.seed.DemoPlan;
import io.demoseeder.seed.DemoPlan.TenantPlan;
import io.demoseeder.seed.DemoPlan.UserPlan;
import io.demoseeder.seed.EntityIds;

/**
 * Who signs an assessment. In the demo engagement the analyst assesses and the engagement
 * manager owns the risk assessments; a tenant without those roles has its admin sign
 * everything. From the plan, so no user rows need to be read.
 */
final class Assessors {

	private final Map<UUID, Signers> byEngagement;

	private Assessors(Map<UUID, Signers> byEngagement) {
		this.byEngagement = byEngagement;
	}

	static Assessors of(DemoPlan plan, EntityIds ids) {
		return new Assessors(plan.tenants()
			.stream()
			.collect(Collectors.toMap((tenant) -> ids.engagement(tenant.key()), (tenant) -> signers(tenant, ids))));
	}

	/** Null for an engagement the plan does not know: the column is nullable. */
	UUID of(UUID engagementId, String assessmentType) {
		Signers signers = this.byEngagement.get(engagementId);
		if (signers == null) {
			return null;
		}
		return "risk".equals(assessmentType) ? signers.manager() : signers.analyst();
	}

	private static Signers signers(TenantPlan tenant, EntityIds ids) {
		UUID fallback = ids.user(tenant.users().get(0).email());
		UUID admin = withRole(tenant.users(), "CLIENT_ADMIN").map(ids::user).orElse(fallback);
		UUID analyst = withRole(tenant.users(), "ANALYST").map(ids::user).orElse(admin);
		UUID manager = withRole(tenant.users(), "ENGAGEMENT_MANAGER").map(ids::user).orElse(admin);
		return new Signers(analyst, manager);
	}

	private static Optional<String> withRole(List<UserPlan> users, String roleType) {
		return users.stream().filter((user) -> user.roleType().equals(roleType)).map(UserPlan::email).findFirst();
	}

	private record Signers(UUID analyst, UUID manager) {
	}

}
