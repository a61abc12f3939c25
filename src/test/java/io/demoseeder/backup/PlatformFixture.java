package io.demoseeder.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema as V1 leaves it, with a few rows, and what the platform's backend needs of a
 * restored copy: the database's own search_path, its varchar parameters accepted by the
 * enum, uuid and inet columns (the casts and operators), and the tenant triggers. Each
 * check connects as the backend does, with no search_path and {@code setString}.
 */
public final class PlatformFixture {

	public static final String CLIENT = "11111111-1111-1111-1111-111111111111";

	public static final String ENGAGEMENT = "22222222-2222-2222-2222-222222222222";

	private static final String SERVER = "33333333-3333-3333-3333-000000000001";

	private static final String TAG = "44444444-4444-4444-4444-000000000001";

	private static final String ROWS = """
			INSERT INTO migration.client_accounts (id, name, slug) VALUES ('%1$s', 'Demo Corporation', 'demo-corp');
			INSERT INTO migration.engagements (id, client_account_id, name, slug)
			VALUES ('%2$s', '%1$s', 'Cloud Migration 2024', 'cloud-migration-2024');
			INSERT INTO migration.assets (id, client_account_id, engagement_id, name, hostname, asset_type, ip_address)
			VALUES ('%3$s', '%1$s', '%2$s', 'srv-web-01', 'srv-web-01.demo.local', 'server', '10.0.1.11'),
			       ('33333333-3333-3333-3333-000000000002', '%1$s', '%2$s', 'db-main-01', 'db-main-01.demo.local',
			        'database', '10.0.2.21');
			INSERT INTO migration.tags (id, client_account_id, name, category) VALUES ('%4$s', '%1$s', 'Web Server', 'technology')
			"""
		.formatted(CLIENT, ENGAGEMENT, SERVER, TAG);

	private static final String DATABASE_SETTINGS = """
			SELECT s.setconfig::text FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
			WHERE d.datname = current_database() AND s.setrole = 0""";

	private PlatformFixture() {
	}

	/** Migrates the (empty) database with the project's migrations and adds the rows. */
	public static void create(DatabaseLocation database) {
		SchemaMigrator.migrate(database.dataSource());
		insertRows(database);
	}

	/** The fixture's rows, into a database V1 has migrated. */
	public static void insertRows(DatabaseLocation database) {
		new JdbcTemplate(database.dataSource()).execute(ROWS);
	}

	/** Everything the backend needs of the database, in a transaction rolled back. */
	public static void assertServesThePlatform(DatabaseLocation database) throws SQLException {
		assertThat(new JdbcTemplate(database.dataSource()).queryForObject(DATABASE_SETTINGS, String.class))
			.isEqualTo("{\"search_path=migration, public\"}");
		try (Connection connection = database.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			try {
				assertThat(single(connection, "SHOW search_path")).isEqualTo("migration, public");
				// unqualified, as the backend's models name them
				assertThat(single(connection, "SELECT count(*) FROM assets")).isEqualTo("2");
				assertVarcharParameters(connection);
				assertTenantTrigger(connection);
			}
			finally {
				connection.rollback();
			}
		}
	}

	private static void assertVarcharParameters(Connection connection) throws SQLException {
		assertThat(update(connection,
				"UPDATE migration.assets SET asset_type = ?, ip_address = ?, six_r_strategy = ? WHERE id = ?",
				"network", "10.9.8.7", "rehost", SERVER))
			.isOne();
		assertThat(single(connection, "SELECT count(*) FROM migration.assets WHERE asset_type = ?", "network"))
			.isEqualTo("1");
		assertThat(single(connection, "SELECT count(*) FROM migration.assets WHERE asset_type = ?", "no_such_type"))
			.isEqualTo("0");
		assertThat(single(connection, "SELECT count(*) FROM migration.assets WHERE asset_type <> ?", "no_such_type"))
			.isEqualTo("2");
		// as the backend writes and reads an address: no /32
		assertThat(single(connection,
				"SELECT name FROM migration.assets WHERE ip_address = ? AND client_account_id = ?", "10.9.8.7", CLIENT))
			.isEqualTo("srv-web-01");
		assertThat(single(connection, "SELECT count(*) FROM migration.assets WHERE ip_address = ?", "no address"))
			.isEqualTo("0");
		assertThat(single(connection, "SELECT count(*) FROM migration.assets WHERE id = ?", "not-a-uuid"))
			.isEqualTo("0");
	}

	// the platform inserts an asset's tag without our tenant columns
	private static void assertTenantTrigger(Connection connection) throws SQLException {
		assertThat(update(connection, "INSERT INTO migration.asset_tags (id, asset_id, tag_id) VALUES (?, ?, ?)",
				"55555555-5555-5555-5555-000000000001", SERVER, TAG))
			.isOne();
		assertThat(single(connection,
				"SELECT client_account_id || ' ' || engagement_id FROM migration.asset_tags WHERE asset_id = ?",
				SERVER))
			.isEqualTo(CLIENT + " " + ENGAGEMENT);
	}

	private static int update(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	private static String single(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet rs = statement.executeQuery()) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setString(i + 1, parameters[i]);
		}
		return statement;
	}

}
