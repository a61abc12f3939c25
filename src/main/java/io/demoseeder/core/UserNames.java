package io.demoseeder.core;

import java.util.Locale;
import java.util.Map;

import io.demoseeder.plan.SeedContext;
import net.datafaker.Faker;

/**
 * First and last names of the users. The four demo logins are what a presenter shows, so
 * their names are fixed; everyone else gets a generated name seeded by the email.
 */
final class UserNames {

	private static final Map<String, Name> DEMO_LOGINS = Map.of("demo@democorp.com", new Name("Jordan", "Ellis"),
			"analyst@democorp.com", new Name("Priya", "Raman"), "viewer@democorp.com", new Name("Sam", "Whitaker"),
			"client.admin@democorp.com", new Name("Helen", "Brooks"));

	private UserNames() {
	}

	static Name of(SeedContext context, String email) {
		Name demo = DEMO_LOGINS.get(email);
		if (demo != null) {
			return demo;
		}
		Faker faker = new Faker(Locale.US, context.random("user_name", email));
		return new Name(faker.name().firstName(), faker.name().lastName());
	}

	record Name(String first, String last) {

		String full() {
			return this.first + " " + this.last;
		}

		/** The vanity path of a LinkedIn profile URL. */
		String handle() {
			return (this.first + "-" + this.last).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
		}

	}

}
