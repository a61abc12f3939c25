package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.List;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.ValidationContext;
import io.demoseeder.validation.integrity.ForeignKeyCatalog.ForeignKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For every foreign key between two tenant-scoped tables (both carry client_account_id
 * and engagement_id, read from the catalog), no child row belongs to another tenant than
 * its parent. A parent whose tenant columns are null is shared (a global tag, a migration
 * the platform created without tenant) and matches any child.
 */
@Component
public class TenantIsolationCheck implements DemoCheck {

	static final String CATEGORY = "isolation";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckResult> run(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		List<CheckResult> results = new ArrayList<>();
		List<ForeignKey> keys = ForeignKeyCatalog.read(jdbc).stream().filter(ForeignKey::tenantScoped).toList();
		results.add(CheckResult.of(!keys.isEmpty(), "isolation.tenant.catalog", CATEGORY, keys.size(), "> 0",
				"the catalog declares no foreign key between two tenant-scoped tables"));
		for (ForeignKey key : keys) {
			long mismatched = ForeignKeyCatalog.count(jdbc, key.tenantSql());
			results.add(CheckResult.of(mismatched == 0, "isolation.tenant." + key.child() + "." + key.columns(),
					CATEGORY, mismatched, 0,
					mismatched + " row(s) of migration." + key.child() + " belong to another client account or"
							+ " engagement than the migration." + key.parent() + " row their " + key.columns()
							+ " points at"));
		}
		return results;
	}

}
