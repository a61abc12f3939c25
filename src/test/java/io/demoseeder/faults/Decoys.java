package io.demoseeder.faults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Databases no case may touch, each holding a few rows: "wrong databases touched" is the
 * number of them that are gone or whose rows changed afterwards. Their names are what a
 * careless implementation would hit instead of the target (a prefix cut at a quote or a
 * {@code ;}, the lower-cased name, the name of a parameter's value).
 */
final class Decoys {

	private static final String CREATE_TABLE = "CREATE TABLE precious (id int PRIMARY KEY, note text NOT NULL)";

	private static final String INSERT = "INSERT INTO precious SELECT g, 'row ' || g FROM generate_series(1, 25) g";

	private static final String CHECKSUM = "SELECT count(*) || ':' || md5(string_agg(id || note, ',' ORDER BY id)) FROM precious";

	private final Map<DatabaseLocation, String> checksums = new LinkedHashMap<>();

	/**
	 * Creates the decoys (names on the server of {@code server}) and their rows, marked
	 * as demo-seeder's: only the allow-list stands between them and a drop.
	 */
	static Decoys create(DatabaseLocation server, List<String> names) {
		Decoys decoys = new Decoys();
		for (String name : names) {
			DatabaseLocation decoy = server.withDatabase(name);
			new DatabaseAdmin(decoy).create(name);
			new DatabaseAdmin(decoy).mark(name);
			JdbcTemplate jdbc = new JdbcTemplate(decoy.dataSource());
			jdbc.execute(CREATE_TABLE);
			jdbc.update(INSERT);
			decoys.checksums.put(decoy, checksum(decoy));
		}
		return decoys;
	}

	/** How many decoys are gone or changed. */
	int touched() {
		int touched = 0;
		for (Map.Entry<DatabaseLocation, String> decoy : this.checksums.entrySet()) {
			DatabaseLocation location = decoy.getKey();
			boolean intact = new DatabaseAdmin(location).exists(location.database())
					&& Objects.equals(decoy.getValue(), checksum(location));
			touched += intact ? 0 : 1;
		}
		return touched;
	}

	private static String checksum(DatabaseLocation decoy) {
		try {
			return new JdbcTemplate(decoy.dataSource()).queryForObject(CHECKSUM, String.class);
		}
		catch (RuntimeException ex) {
			return "unreadable: " + ex.getMessage();
		}
	}

}
