package io.demoseeder.migrate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Collectors;

import io.demoseeder.backup.SchemaScripts;
import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.database.DatabaseLocation;

/**
 * Where a target's schema comes from when it is not the built-in migrations: a
 * schema-only dump as {@code pg_dump --schema-only} writes it (or plain SQL), or a
 * template database that the platform's own migrations built, whose schema (not its rows)
 * is read from its catalog. {@link #script()} is the SQL that builds it; psql's
 * meta-commands ({@code \restrict}, {@code \connect}, ...) are not SQL and are left out.
 *
 * @param from the file or JDBC URL, as the operator gave it
 * @param user the user for a template database
 * @param password the user's password
 */
public record SchemaSource(String from, String user, String password) {

	/** The job parameter naming the source (none: the built-in migrations). */
	public static final String PARAMETER = "schemaFrom";

	/** The job parameter with the sha256 of the source's script as it was checked. */
	public static final String SHA_PARAMETER = "schemaSha256";

	/** A pg_dump archive of the custom format starts with these bytes. */
	private static final String CUSTOM_FORMAT = "PGDMP";

	public boolean template() {
		return this.from.startsWith("jdbc:");
	}

	/**
	 * The SQL that builds the schema; an {@link InvalidConfigurationException} if none.
	 */
	public String script() {
		return template() ? templateScript() : fileScript();
	}

	/** The sha256 of {@link #script()}: what the drift report names the schema by. */
	public static String sha256(String script) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(script.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String fileScript() {
		Path file = Path.of(this.from);
		String text;
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1).equals(CUSTOM_FORMAT)) {
				throw invalid("is a pg_dump archive of the custom format, not SQL: dump it with --format=plain");
			}
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (NoSuchFileException ex) {
			throw invalid("does not exist");
		}
		catch (CharacterCodingException ex) {
			throw invalid("is not SQL: it is not UTF-8 text");
		}
		catch (IOException ex) {
			throw invalid("cannot be read: " + ex.getMessage());
		}
		String sql = text.lines().filter((line) -> !line.startsWith("\\")).collect(Collectors.joining("\n"));
		if (sql.isBlank()) {
			throw invalid("holds no SQL");
		}
		return sql + "\n";
	}

	private String templateScript() {
		Properties credentials = new Properties();
		credentials.setProperty("user", this.user);
		credentials.setProperty("password", this.password);
		try (Connection connection = DriverManager.getConnection(this.from, credentials)) {
			return SchemaScripts.schemaOf(connection);
		}
		catch (SQLException | RuntimeException ex) {
			throw invalid("cannot be read: " + firstLine(ex.getMessage()));
		}
	}

	private InvalidConfigurationException invalid(String problem) {
		return new InvalidConfigurationException("schema source " + DatabaseLocation.mask(this.from) + " " + problem);
	}

	static String firstLine(String message) {
		return (message != null) ? message.lines().findFirst().orElse("") : "";
	}

}
