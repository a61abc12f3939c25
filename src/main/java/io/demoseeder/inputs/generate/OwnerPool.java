package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.demoseeder.plan.AssetKind;
import net.datafaker.Faker;

/**
 * The people of one client account: business owners, each in a department, and the
 * engineers who run the estate. A real CMDB names a handful of owners many times over, so
 * the pool is small: one person per ten planned rows, 12 to 300. It depends on the
 * tenant's plan only, so the demo tenant (whose plan is fixed) gets the same people at
 * every scale.
 */
final class OwnerPool {

	private final List<Person> owners = new ArrayList<>();

	private final List<Person> engineers = new ArrayList<>();

	private final String emailDomain;

	OwnerPool(Faker faker, Random random, String emailDomain, int plannedRows) {
		this.emailDomain = emailDomain;
		int size = Math.max(12, Math.min(300, plannedRows / 10));
		for (int i = 0; i < size; i++) {
			this.owners.add(person(faker, Pick.one(random, Catalog.DEPARTMENTS)));
			this.engineers.add(person(faker, "Information Technology"));
		}
	}

	Person owner(Random random) {
		return Pick.one(random, this.owners);
	}

	Person engineer(Random random) {
		return Pick.one(random, this.engineers);
	}

	/** The operations team that supports assets of a kind. */
	static String team(AssetKind kind) {
		return switch (kind.assetType()) {
			case "server" -> kind.family() + " Engineering";
			case "database" -> "Database Administration";
			case "network_device", "network", "load_balancer" -> "Network Operations";
			default -> "Application Support";
		};
	}

	String email(Person person) {
		return (ascii(person.firstName()) + "." + ascii(person.lastName()) + "@" + this.emailDomain);
	}

	private static Person person(Faker faker, String department) {
		return new Person(faker.name().firstName(), faker.name().lastName(), department);
	}

	private static String ascii(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}

	/** A person with the department they belong to. */
	record Person(String firstName, String lastName, String department) {

		String fullName() {
			return this.firstName + " " + this.lastName;
		}

	}

}
