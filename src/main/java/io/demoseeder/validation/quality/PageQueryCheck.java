package io.demoseeder.validation.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.SchemaGaps;
import io.demoseeder.validation.ValidationContext;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every page of the UI shows data to the demo user: one representative query per page
 * (src/main/resources/validation/pages/&lt;page&gt;.sql, scoped through the user's roles
 * as the platform scopes it) returns rows, and none of them belongs to another tenant. A
 * page whose query reads a table, column or type the target lacks is not applicable.
 */
@Component
public class PageQueryCheck implements DemoCheck {

	static final String CATEGORY = "pages";

	static final String DEMO_EMAIL = "demo@democorp.com";

	static final List<String> PAGES = List.of("dashboard", "discovery-flows", "cmdb-import", "attribute-mapping",
			"asset-inventory", "dependency-analysis", "migration-planning", "analytics");

	private static final String LOCATION = "validation/pages/";

	/**
	 * {@code WITH scope AS (...)}: the user's context, which every page query starts
	 * from.
	 */
	private static final String SCOPE = LOCATION + "scope.sql";

	@Override
	public String category() {
		return CATEGORY;
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		return List.of(CheckTask.whole(CATEGORY, 2 * PAGES.size(), () -> results(context)));
	}

	private List<CheckResult> results(ValidationContext context) {
		Optional<DemoEngagement> demo = DemoEngagement.findIfReadable(context);
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(context.jdbc());
		List<CheckResult> results = new ArrayList<>();
		for (String page : PAGES) {
			results.addAll(page(jdbc, page, demo.map(DemoEngagement::clientAccountId).orElse(null)));
		}
		return results;
	}

	private static List<CheckResult> page(NamedParameterJdbcTemplate jdbc, String page, Object democorp) {
		String file = LOCATION + page + ".sql";
		String name = "pages." + page;
		String isolation = "isolation.pages." + page;
		List<Map<String, Object>> rows;
		try {
			rows = jdbc.queryForList(read(SCOPE) + read(file), Map.of("email", DEMO_EMAIL));
		}
		catch (DataAccessException | IOException ex) {
			Optional<String> gap = SchemaGaps.reason(ex);
			if (gap.isPresent()) {
				return List.of(CheckResult.notApplicable(name, CATEGORY, file + ": " + gap.get()),
						CheckResult.notApplicable(isolation, "isolation", file + ": " + gap.get()));
			}
			String error = Errors.firstLine(ex);
			return List.of(CheckResult.failed(name, CATEGORY, "error", "rows", file + ": " + error),
					CheckResult.failed(isolation, "isolation", "error", "only DemoCorp rows", file + ": " + error));
		}
		long foreign = rows.stream()
			.filter((row) -> democorp == null
					|| !Objects.equals(String.valueOf(row.get("client_account_id")), String.valueOf(democorp)))
			.count();
		return List.of(
				CheckResult.of(!rows.isEmpty(), name, CATEGORY, rows.size() + " rows", "at least one row",
						file + " returns no rows for " + DEMO_EMAIL),
				CheckResult.of(foreign == 0 && !(democorp == null && rows.isEmpty()), isolation, "isolation",
						foreign + " rows of another client account", "0",
						(democorp == null) ? "DemoCorp not found" : file + " shows another tenant's rows"));
	}

	private static String read(String file) throws IOException {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
