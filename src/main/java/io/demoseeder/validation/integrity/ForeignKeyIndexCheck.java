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
 * joining from it scans the child table. The rule is the built-in schema's: on another
 * (the platform's own, loaded from its dump) a key without one is not applicable.
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
		boolean builtIn = context.target().builtIn();
		return List.of(CheckTask.whole(CATEGORY, byColumns.size(), () -> results(byColumns, builtIn)));
	}

	private static List<CheckResult> results(Map<String, ForeignKey> byColumns, boolean builtIn) {
		return byColumns.entrySet().stream().map((entry) -> result(entry.getKey(), entry.getValue(), builtIn)).toList();
	}

	/**
	 * An index on every key is the built-in schema's rule: a schema loaded from the
	 * platform's own dump, which the seeder must not change, has keys without one, and
	 * those checks do not apply to it.
	 */
	private static CheckResult result(String name, ForeignKey key, boolean builtIn) {
		String missing = "foreign-key column " + key.columns() + " of table migration." + key.child()
				+ " has no index leading with it";
		if (!key.indexed() && !builtIn) {
			return CheckResult.notApplicable("indexes." + name, CATEGORY,
					missing + " (not the built-in schema: its own indexes are the platform's choice)");
		}
		return CheckResult.of(key.indexed(), "indexes." + name, CATEGORY, key.indexed() ? "indexed" : "no index",
				"indexed", missing);
	}

}
