package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.model.Tables;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.SchemaGaps;
import io.demoseeder.validation.TargetSchema;
import io.demoseeder.validation.ValidationContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The columns the schema leaves nullable because the platform's ORM writes NULL into them
 * (its model declares them nullable without a default), but which every seeded row fills:
 * what their NOT NULL used to guarantee, checked on the rows instead (docs/decisions.md,
 * "The platform's nullability"). One scan per table; a column the target lacks is not
 * applicable.
 */
@Component
public class SeededValuesCheck implements DemoCheck {

	static final String CATEGORY = "seeded-values";

	/** Table by table, the columns every seeded row fills. */
	static final Map<String, List<String>> FILLED = filled();

	/** Identifiers come from {@link #FILLED} only, never from data. */
	private static final String NULLS = "SELECT %s FROM %s.%s";

	private static final String NULL_COUNT = "count(*) FILTER (WHERE %s IS NULL)";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		TargetSchema target = context.target();
		List<CheckTask> tasks = new ArrayList<>();
		FILLED.forEach((table, columns) -> tasks
			.add(new CheckTask(CATEGORY, table, columns.size(), () -> table(context.jdbc(), target, table, columns))));
		return tasks;
	}

	/** The columns the target lacks are not applicable; the others are counted. */
	private static List<CheckResult> table(JdbcTemplate jdbc, TargetSchema target, String table, List<String> columns) {
		List<CheckResult> results = new ArrayList<>();
		List<String> present = new ArrayList<>();
		for (String column : columns) {
			String lacks = target.lacks(table, column);
			if (lacks != null) {
				results.add(CheckResult.notApplicable(name(table, column), CATEGORY, lacks));
			}
			else {
				present.add(column);
			}
		}
		if (!present.isEmpty()) {
			results.addAll(SchemaGaps.orNotApplicable(CATEGORY, present.stream().map((c) -> name(table, c)).toList(),
					"", () -> nulls(jdbc, table, present)));
		}
		return results;
	}

	private static String name(String table, String column) {
		return "seeded-values." + table + "." + column;
	}

	private static List<CheckResult> nulls(JdbcTemplate jdbc, String table, List<String> columns) {
		String counts = String.join(", ", columns.stream().map(NULL_COUNT::formatted).toList());
		long[] nulls = ForeignKeyCatalog.counts(jdbc, NULLS.formatted(counts, Tables.SCHEMA, table));
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			results.add(CheckResult.of(nulls[i] == 0, name(table, columns.get(i)), CATEGORY, nulls[i], 0,
					nulls[i] + " row(s) of migration." + table + " have no " + columns.get(i)
							+ ": the seeder fills it in every row it writes"));
		}
		return results;
	}

	private static Map<String, List<String>> filled() {
		Map<String, List<String>> filled = new LinkedHashMap<>();
		for (String table : List.of("client_accounts", "engagements", "tags", "data_imports", "migration_waves",
				"migrations", "assets", "asset_tags", "assessments")) {
			filled.put(table, List.of("updated_at"));
		}
		filled.put("data_imports", List.of("total_records", "updated_at"));
		filled.put("assets", List.of("custom_attributes", "updated_at"));
		filled.put("import_field_mappings", List.of("transformation_rules"));
		return Collections.unmodifiableMap(filled);
	}

}
