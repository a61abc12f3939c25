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
import io.demoseeder.validation.ValidationContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The columns the schema leaves nullable because the platform's ORM writes NULL into them
 * (its model declares them nullable without a default), but which every seeded row fills:
 * what their NOT NULL used to guarantee, checked on the rows instead (docs/decisions.md,
 * "The platform's nullability"). One scan per table.
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
		List<CheckTask> tasks = new ArrayList<>();
		FILLED.forEach((table, columns) -> tasks
			.add(new CheckTask(CATEGORY, table, columns.size(), () -> nulls(context.jdbc(), table, columns))));
		return tasks;
	}

	private static List<CheckResult> nulls(JdbcTemplate jdbc, String table, List<String> columns) {
		String counts = String.join(", ", columns.stream().map(NULL_COUNT::formatted).toList());
		long[] nulls = ForeignKeyCatalog.counts(jdbc, NULLS.formatted(counts, Tables.SCHEMA, table));
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String column = table + "." + columns.get(i);
			results.add(CheckResult.of(nulls[i] == 0, "seeded-values." + column, CATEGORY, nulls[i], 0,
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
