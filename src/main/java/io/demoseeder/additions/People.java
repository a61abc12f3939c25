package io.demoseeder.additions;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's users as a person names them: by email, with the name where the row has
 * one. Read through {@code to_jsonb} so a target whose users table has other name columns
 * (the platform's own schema) is read the same way.
 */
final class People {

	private static final String USERS = """
			SELECT u.id::text, j ->> 'email',
			       coalesce(nullif(concat_ws(' ', j ->> 'first_name', j ->> 'last_name'), ''), j ->> 'full_name')
			FROM migration.users u CROSS JOIN LATERAL to_jsonb(u) j""";

	private final Map<String, String> names;

	private People(Map<String, String> names) {
		this.names = names;
	}

	static People of(JdbcTemplate jdbc) {
		Map<String, String> names = new HashMap<>();
		jdbc.query(USERS, (row) -> {
			String email = row.getString(2);
			String name = row.getString(3);
			String person = (email == null) ? name : (name == null) ? email : email + " (" + name + ")";
			names.put(row.getString(1), (person != null) ? person : "user " + row.getString(1));
		});
		return new People(names);
	}

	/** No one to name: a listing written without reading the database. */
	static People none() {
		return new People(Map.of());
	}

	/** The person whose id is {@code id}; a user no longer in the table by id. */
	String name(String id) {
		if (id == null) {
			return "someone";
		}
		return this.names.getOrDefault(id, "user " + id);
	}

}
