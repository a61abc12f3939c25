package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import io.demoseeder.validation.integrity.ForeignKeyCatalog.ForeignKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For every foreign key between two tenant-scoped tables (both carry client_account_id,
 * read from the catalog), no child row belongs to another client account than its parent,
 * nor, where both carry engagement_id, to another engagement. A parent whose tenant
 * columns are null is shared (a migration the platform created without tenant) and
 * matches any child.
 */
@Component
public class TenantIsolationCheck implements DemoCheck {

	static final String CATEGORY = "isolation";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		List<ForeignKey> keys = ForeignKeyCatalog.read(jdbc).stream().filter(ForeignKey::tenantScoped).toList();
		List<CheckTask> tasks = new ArrayList<>();
		tasks.add(new CheckTask(CATEGORY, "catalog", 1,
				() -> List.of(CheckResult.of(!keys.isEmpty(), "isolation.tenant.catalog", CATEGORY, keys.size(), "> 0",
						"the catalog declares no foreign key between two tenant-scoped tables"))));
		ForeignKeyCatalog.byTable(keys)
			.forEach((child, ofTable) -> tasks
				.add(new CheckTask(CATEGORY, child, ofTable.size(), () -> mismatched(jdbc, ofTable))));
		return tasks;
	}

	/** The tenant-scoped keys of one child table, checked in one scan of it. */
	private static List<CheckResult> mismatched(JdbcTemplate jdbc, List<ForeignKey> keys) {
		long[] mismatched = ForeignKeyCatalog.counts(jdbc, keys.get(0).tenantSql());
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			ForeignKey key = keys.get(i);
			results.add(CheckResult.of(mismatched[i] == 0, "isolation.tenant." + key.child() + "." + key.columns(),
					CATEGORY, mismatched[i], 0,
					mismatched[i] + " row(s) of migration." + key.child() + " belong to another client account or"
							+ " engagement than the migration." + key.parent() + " row their " + key.columns()
							+ " points at"));
		}
		return results;
	}

}
