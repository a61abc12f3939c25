package io.demoseeder.assessments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.EntityIds;

/**
 * Who signs an assessment. In the demo engagement the analyst assesses and the engagement
 * manager owns the risk assessments; a tenant without those roles has its admin sign
 * everything. From the plan, so no user rows need to be read.
 */
final class Assessors {

	private final Map<UUID, Signers> byEngagement;

	private final EntityIds ids;

	private Assessors(Map<UUID, Signers> byEngagement, EntityIds ids) {
		this.byEngagement = byEngagement;
		this.ids = ids;
	}

	static Assessors of(DemoPlan plan, EntityIds ids) {
		return new Assessors(plan.tenants()
			.stream()
			.collect(Collectors.toMap((tenant) -> ids.engagement(tenant.key()), Assessors::signers)), ids);
	}

	/** Null for an engagement the plan does not know: the column is nullable. */
	UUID of(UUID engagementId, String assessmentType) {
		String email = email(engagementId, assessmentType);
		return (email != null) ? this.ids.user(email) : null;
	}

	/** The signer's login, which {@code assessments.assessor} shows; null if unknown. */
	String email(UUID engagementId, String assessmentType) {
		Signers signers = this.byEngagement.get(engagementId);
		if (signers == null) {
			return null;
		}
		return "risk".equals(assessmentType) ? signers.manager() : signers.analyst();
	}

	private static Signers signers(TenantPlan tenant) {
		String fallback = tenant.users().get(0).email();
		String admin = withRole(tenant.users(), "CLIENT_ADMIN").orElse(fallback);
		String analyst = withRole(tenant.users(), "ANALYST").orElse(admin);
		String manager = withRole(tenant.users(), "ENGAGEMENT_MANAGER").orElse(admin);
		return new Signers(analyst, manager);
	}

	private static Optional<String> withRole(List<UserPlan> users, String roleType) {
		return users.stream()
			.filter((user) -> user.roleType().equalsIgnoreCase(roleType))
			.map(UserPlan::email)
			.findFirst();
	}

	private record Signers(String analyst, String manager) {
	}

}
