package io.demoseeder.assets;

import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.StepTestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * For a step test of the assets or of what is drawn from them: once per class, after the
 * step test's database is reset, the assets' prerequisites (and the assets) are inserted,
 * and the class queries on one connection of its own. A {@code @RegisterExtension} static
 * field.
 */
public final class ClassAssets implements BeforeAllCallback, AfterAllCallback {

	private final SeedContext context;

	private final boolean withAssets;

	private SingleConnectionDataSource connection;

	private ClassAssets(SeedContext context, boolean withAssets) {
		this.context = context;
		this.withAssets = withAssets;
	}

	/** The assets and everything they need. */
	public static ClassAssets inserted(SeedContext context) {
		return new ClassAssets(context, true);
	}

	/** Only what the assets need, for a test of the assets step itself. */
	public static ClassAssets prerequisites(SeedContext context) {
		return new ClassAssets(context, false);
	}

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		this.connection = AssetFixtures.connect(StepTestDatabase.target());
		AssetFixtures fixtures = new AssetFixtures(jdbc(), this.context);
		fixtures.insertPrerequisites();
		if (this.withAssets) {
			fixtures.insertAssets();
		}
	}

	@Override
	public void afterAll(ExtensionContext extensionContext) {
		this.connection.destroy();
	}

	public JdbcTemplate jdbc() {
		return new JdbcTemplate(this.connection);
	}

}
