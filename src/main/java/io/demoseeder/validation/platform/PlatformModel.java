package io.demoseeder.validation.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * The platform backend's models as resources (platform/models.tsv and platform/enums.tsv,
 * generated from shared/platform/models.md): what the backend maps, and so what it sets
 * when it inserts a row and what it can read back through its enums.
 */
public record PlatformModel(Map<String, List<Column>> tables, Map<String, Map<String, String>> enums) {

	public static final String MODELS = "platform/models.tsv";

	public static final String ENUMS = "platform/enums.tsv";

	/** The tenant columns: the platform sets them wherever its model has them. */
	static final Set<String> TENANT_COLUMNS = Set.of("client_account_id", "engagement_id");

	private static final PlatformModel INSTANCE = load();

	public static PlatformModel get() {
		return INSTANCE;
	}

	public List<Column> columns(String table) {
		return this.tables.getOrDefault(table, List.of());
	}

	/**
	 * The member names of one of the platform's enums, by its full name
	 * ("assessment.AssessmentStatus") or its class name ("AssessmentStatus").
	 */
	public List<String> members(String enumName) {
		return List.copyOf(enumNamed(enumName).keySet());
	}

	/** The values of one of the platform's enums (what a String column of it holds). */
	public List<String> values(String enumName) {
		return List.copyOf(enumNamed(enumName).values());
	}

	private Map<String, String> enumNamed(String enumName) {
		return this.enums.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equals(enumName) || entry.getKey().endsWith("." + enumName))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Map.of());
	}

	private static PlatformModel load() {
		Map<String, List<Column>> tables = new LinkedHashMap<>();
		for (String[] row : rows(MODELS, 7)) {
			Column column = new Column(row[0], row[1], row[2], "yes".equals(row[3]), row[4], row[5], row[6]);
			tables.computeIfAbsent(column.table(), (table) -> new ArrayList<>()).add(column);
		}
		Map<String, Map<String, String>> enums = new LinkedHashMap<>();
		for (String[] row : rows(ENUMS, 3)) {
			enums.computeIfAbsent(row[0], (name) -> new LinkedHashMap<>()).put(row[1], row[2]);
		}
		return new PlatformModel(tables, enums);
	}

	static List<String[]> rows(String resource, int fields) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().filter((line) -> !line.startsWith("#") && !line.isBlank()).forEach((line) -> {
				String[] row = line.split("\t", -1);
				if (row.length != fields) {
					throw new IllegalStateException(resource + ": " + fields + " fields expected in '" + line + "'");
				}
				rows.add(row);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * One mapped column. {@code defaultKind} is "app" (the platform's code fills it),
	 * "server" (its migration declares one) or empty; {@code references} "table.column".
	 */
	public record Column(String table, String column, String type, boolean nullable, String defaultKind,
			String defaultValue, String references) {

		/**
		 * Set by the platform on insert: required without a default, app-filled, or
		 * tenant.
		 */
		public boolean platformSets() {
			return (!this.nullable && this.defaultKind.isEmpty()) || "app".equals(this.defaultKind)
					|| TENANT_COLUMNS.contains(this.column);
		}

		/** Bound as a Python str, so as varchar: VARCHAR, TEXT, String. */
		public boolean text() {
			return this.type.startsWith("VARCHAR") || this.type.equals("TEXT") || this.type.equals("String");
		}

		public boolean json() {
			return this.type.startsWith("JSON");
		}

		/**
		 * An ORM enum that stores member names (its name, e.g. "AssessmentType"), or
		 * null.
		 */
		public String enumName() {
			return this.type.startsWith("ENUM ") ? this.type.split(" ")[1] : null;
		}

		/** The declared length of a VARCHAR(n), or a generous one. */
		public int maxLength() {
			int open = this.type.indexOf('(');
			return (open > 0) ? Integer.parseInt(this.type.substring(open + 1, this.type.indexOf(')'))) : 255;
		}

	}

}
