package io.demoseeder.seed;

import java.util.List;

/** The global tags (no tenant) that assets are labelled with. */
public final class TagCatalog {

	public static final List<Tag> TAGS = List.of(new Tag("customer-facing", "business"),
			new Tag("pci-scope", "compliance"), new Tag("gdpr", "compliance"), new Tag("legacy", "technical"),
			new Tag("cloud-ready", "technical"), new Tag("end-of-support", "technical"),
			new Tag("high-availability", "operations"), new Tag("batch-workload", "operations"));

	private TagCatalog() {
	}

	/** A tag's name and category. */
	public record Tag(String name, String category) {
	}

}
