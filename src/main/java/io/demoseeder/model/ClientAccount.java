package io.demoseeder.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer of the platform: the top-level tenant. Table
 * {@code migration.client_accounts}.
 */
public record ClientAccount(UUID id, String name, String slug, String industry, Boolean isActive, String description,
		String companySize, String headquartersLocation, String primaryContactName, String primaryContactEmail,
		String primaryContactPhone, String contactEmail, String contactPhone, String address, String timezone,
		String subscriptionTier, String billingContactEmail, OffsetDateTime subscriptionStartDate,
		OffsetDateTime subscriptionEndDate, Integer maxUsers, Integer maxEngagements, String featuresEnabled,
		String agentConfiguration, Integer storageQuotaGb, Integer apiQuotaMonthly, String settings, String branding,
		String businessObjectives, String agentPreferences, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

}
