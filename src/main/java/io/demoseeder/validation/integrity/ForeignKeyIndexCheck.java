package io.demoseeder.validation.integrity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import io.demoseeder.validation.integrity.ForeignKeyCatalog.ForeignKey;

import org.springframework.stereotype.Component;

/**
 * Every foreign-key column has an index that leads with exactly the key's columns (any
 * order among them, more columns after them allowed): without one, deleting a parent or
 * joining from it scans the child table.
 */
@Component
public class ForeignKeyIndexCheck implements DemoCheck {

	static final String CATEGORY = "indexes";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		// two keys on the same columns need one index: one result per table and columns
		Map<String, ForeignKey> byColumns = new LinkedHashMap<>();
		for (ForeignKey key : ForeignKeyCatalog.read(context.jdbc())) {
			byColumns.merge(key.child() + "." + key.columns(), key, (a, b) -> a.indexed() ? b : a);
		}
		return List.of(CheckTask.whole(CATEGORY, byColumns.size(), () -> results(byColumns)));
	}

	private static List<CheckResult> results(Map<String, ForeignKey> byColumns) {
		return byColumns.entrySet()
			.stream()
			.map((entry) -> CheckResult.of(entry.getValue().indexed(), "indexes." + entry.getKey(), CATEGORY,
					entry.getValue().indexed() ? "indexed" : "no index", "indexed",
					"foreign-key column " + entry.getValue().columns() + " of table migration."
							+ entry.getValue().child() + " has no index leading with it"))
			.toList();
	}

}
