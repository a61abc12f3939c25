package io.demoseeder.validation.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.TargetSchema;
import io.demoseeder.validation.ValidationContext;

import org.springframework.stereotype.Component;

/**
 * The demo as the platform's own backend meets it (shared/platform/backend.md): over
 * plain JDBC, on a fresh connection that sets no search path, with every string bound as
 * varchar: the search path, the four logins and their context, each page's read, each
 * modification endpoint's write, one row per table written as the platform's ORM writes
 * it (with the defaults it relies on and its enum-filtered reads), and the seed's
 * workflow. Every write is rolled back.
 */
@Component
public class PlatformCheck implements DemoCheck {

	public static final String CATEGORY = PlatformSession.CATEGORY;

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		// one part: its checks share one connection, each in a transaction it rolls back
		return List.of(CheckTask.whole(CATEGORY, planned(), () -> results(context)));
	}

	/** What {@link #run(PlatformSession, TenantPlan)} reports, check by check. */
	private static int planned() {
		return 1 + 2 * PlatformDemo.USERS.size() + PageChecks.COUNT + WriteChecks.COUNT + InsertChecks.ORDER.size() + 1;
	}

	private List<CheckResult> results(ValidationContext context) {
		DataSource target = context.jdbc().getDataSource();
		if (target == null) {
			return List.of(CheckResult.failed("platform.connection", CATEGORY, "no DataSource", "a connection", ""));
		}
		TargetSchema schema = context.target();
		try (Connection connection = PlatformConnection.open(target)) {
			OffsetDateTime at = context.seed().asOf().atTime(12, 0).atOffset(ZoneOffset.UTC);
			return run(new PlatformSession(connection, at, schema), context.plan().demo());
		}
		catch (SQLException ex) {
			return List.of(CheckResult.failed("platform.connection", CATEGORY, "error", "a connection",
					"cannot open a connection as the platform does: " + PlatformSession.firstLine(ex)));
		}
	}

	private static List<CheckResult> run(PlatformSession session, TenantPlan demo) {
		List<CheckResult> results = new ArrayList<>();
		results.add(LoginChecks.searchPath(session));
		results.addAll(LoginChecks.run(session));
		results.addAll(PageChecks.run(session, assets(demo, null), assets(demo, "server"), demo.imports().size()));
		results.addAll(WriteChecks.run(session));
		results.addAll(InsertChecks.run(session));
		results.add(WorkflowCheck.run(session));
		return results;
	}

	/** The plan's demo assets, of one asset type or (null) all. */
	private static int assets(TenantPlan demo, String assetType) {
		int count = 0;
		for (ImportPlan plan : demo.imports()) {
			for (var entry : plan.assets().entrySet()) {
				AssetKind kind = entry.getKey();
				if (assetType == null || assetType.equals(kind.assetType())) {
					count += entry.getValue();
				}
			}
		}
		return count;
	}

}
