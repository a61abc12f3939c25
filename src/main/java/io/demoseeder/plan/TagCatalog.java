package io.demoseeder.plan;

import java.util.List;

/**
 * The tags every client account has for its assets. A compliance tag asks more of the
 * platform's tagging agent before it applies it than a descriptive one.
 */
public final class TagCatalog {

	public static final List<Tag> TAGS = List
		.of(new Tag("customer-facing", "business", "Serves customers directly; an outage is visible outside", 0.75),
				new Tag("pci-scope", "compliance", "Stores, processes or transmits cardholder data (PCI DSS scope)",
						0.9),
				new Tag("gdpr", "compliance", "Holds personal data of EU residents (GDPR)", 0.9),
				new Tag("legacy", "technical", "Runs on a platform past its vendor's mainstream support", 0.7),
				new Tag("cloud-ready", "technical", "Can be rehosted or replatformed without code changes", 0.7),
				new Tag("end-of-support", "technical", "Operating system or database out of vendor support", 0.8),
				new Tag("high-availability", "operations", "Clustered or load balanced; needs a zero-downtime cutover",
						0.75),
				new Tag("batch-workload", "operations", "Runs scheduled batch jobs; can move in a maintenance window",
						0.7));

	private TagCatalog() {
	}

	/**
	 * The name {@code tag} carries in {@code tenant}'s account. The platform's model
	 * makes a tag's name unique in the whole database although each tag belongs to one
	 * account, so the demo client's tags carry the catalog's names and every other
	 * tenant's its slug before them ("globex-logistics:pci-scope").
	 */
	public static String nameFor(DemoPlan.TenantPlan tenant, Tag tag) {
		return tenant.demo() ? tag.name() : tenant.key() + ":" + tag.name();
	}

	/**
	 * A tag's name, category, description and the confidence the platform's agent needs
	 * to apply it.
	 */
	public record Tag(String name, String category, String description, double confidenceThreshold) {
	}

}
