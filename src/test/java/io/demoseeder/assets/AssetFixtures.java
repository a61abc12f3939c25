package io.demoseeder.assets;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlan.UserPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.TagCatalog;
import io.demoseeder.waves.MigrationProgramme;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SQL fixtures for the rows the stages before assets write: tenants, users, tags, master
 * and discovery flows, imports, waves and raw records in canonical form, all keyed as the
 * plan and {@link EntityIds} say. The records of each import follow its plan: the asset
 * mix (the demo's 60 and six per other tenant), invalid records, pending ones.
 */
public final class AssetFixtures {

	private final JdbcTemplate jdbc;

	private final SeedContext context;

	private final EntityIds ids;

	private final DemoPlan plan;

	private final JsonMapper json = JsonMapper.builder().build();

	public AssetFixtures(JdbcTemplate jdbc, SeedContext context) {
		this.jdbc = jdbc;
		this.context = context;
		this.ids = new EntityIds(context);
		this.plan = DemoPlans.of(context);
	}

	/**
	 * One connection for a test class's queries: the target's data source opens a new
	 * connection per statement, which makes a few hundred fixture rows take seconds.
	 */
	public static SingleConnectionDataSource connect(DatabaseLocation location) {
		return new SingleConnectionDataSource(location.jdbcUrl(), location.user(), location.password(), true);
	}

	public DemoPlan plan() {
		return this.plan;
	}

	public EntityIds ids() {
		return this.ids;
	}

	/** Everything up to and including the raw records, for every tenant of the plan. */
	public void insertPrerequisites() {
		inOneTransaction(() -> {
			this.plan.tenants().forEach(this::insertTenant);
		});
	}

	/**
	 * Only the client accounts, engagements and users the core step writes: for the
	 * stages that need nothing else (the waves).
	 */
	public void insertTenants() {
		inOneTransaction(() -> this.plan.tenants().forEach(this::insertAccount));
	}

	/**
	 * The assets the assets stage would build, inserted directly (strategy and
	 * utilization included), for the tests of the stages after it.
	 */
	public void insertAssets() {
		inOneTransaction(this::insertAllAssets);
	}

	private void insertAllAssets() {
		for (TenantPlan tenant : this.plan.tenants()) {
			for (Map<String, Object> data : assetRecords(tenant)) {
				String name = (String) data.get("name");
				AssetKind kind = AssetKinds
					.of((String) data.get("asset_type"), (String) data.get("operating_system"),
							(String) data.get("asset_subtype"), (String) data.get("technology_stack"))
					.orElseThrow();
				String strategy = SixRStrategies.plausible(Optional.of(kind)).get(name.length() % 2);
				String attributes = this.json
					.writeValueAsString(Map.of("utilization", Map.of("cpu_percent", data.get("cpu_utilization_percent"),
							"memory_percent", data.get("memory_utilization_percent"))));
				insert(FixtureSql.ASSET, this.ids.asset(tenant.key(), name), this.ids.clientAccount(tenant.key()),
						this.ids.engagement(tenant.key()), name, data.get("hostname"),
						AssetKinds.platformType((String) data.get("asset_type"), Optional.of(kind)),
						data.get("asset_subtype"), data.get("ip_address"), data.get("operating_system"),
						data.get("os_version"), data.get("technology_stack"), data.get("cpu_cores"),
						data.get("memory_gb"), data.get("storage_gb"), data.get("environment"), data.get("criticality"),
						data.get("technical_owner"), strategy, attributes, at(10));
			}
		}
	}

	/**
	 * The canonical records of a tenant's completed imports: the ones that become assets.
	 */
	public List<Map<String, Object>> assetRecords(TenantPlan tenant) {
		List<Map<String, Object>> records = new ArrayList<>();
		int[] applications = { 0 };
		for (ImportPlan imported : tenant.imports()) {
			List<Map<String, Object>> assets = assetsOf(imported, applications);
			if (imported.status().equals("completed")) {
				records.addAll(assets);
			}
		}
		return records;
	}

	private void insertAccount(TenantPlan tenant) {
		String key = tenant.key();
		UUID account = this.ids.clientAccount(key);
		insert(FixtureSql.CLIENT_ACCOUNT, account, tenant.name(), key, tenant.industry(), at(60));
		insert(FixtureSql.ENGAGEMENT, this.ids.engagement(key), account, tenant.engagement().name(),
				tenant.engagement().slug(), day(tenant.engagement().startDate()),
				day(tenant.engagement().targetCompletionDate()), at(60));
		for (UserPlan user : tenant.users()) {
			insert(FixtureSql.USER, this.ids.user(user.email()), user.email(), at(60));
		}
	}

	private void insertTenant(TenantPlan tenant) {
		String key = tenant.key();
		UUID account = this.ids.clientAccount(key);
		UUID engagement = this.ids.engagement(key);
		insertAccount(tenant);
		TagCatalog.TAGS.forEach((tag) -> insert(FixtureSql.TAG, this.ids.tag(account, tag.name()), account,
				TagCatalog.nameFor(tenant, tag), tag.category(), at(30)));
		insert(FixtureSql.MIGRATION, MigrationProgramme.id(this.context, key), account, engagement,
				tenant.engagement().name(), at(60));
		for (FlowPlan flow : tenant.flows()) {
			insert(FixtureSql.MASTER_FLOW, this.ids.masterFlow(key, flow.key()), account, engagement,
					this.ids.masterFlowFlowId(key, flow.key()), this.ids.user(flow.startedBy()), flow.flowName(),
					flow.status(), at(flow.startedDaysAgo()));
		}
		int[] applications = { 0 };
		for (ImportPlan imported : tenant.imports()) {
			insertImport(tenant, imported, applications);
		}
		for (FlowPlan flow : tenant.flows()) {
			UUID dataImport = (flow.importKey() != null) ? this.ids.dataImport(key, flow.importKey()) : null;
			insert(FixtureSql.DISCOVERY_FLOW, this.ids.discoveryFlow(key, flow.key()), account, engagement,
					this.ids.discoveryFlowFlowId(key, flow.key()), this.ids.masterFlowFlowId(key, flow.key()),
					dataImport, this.ids.user(flow.startedBy()), flow.flowName(), flow.status(), flow.currentPhase(),
					at(flow.startedDaysAgo()));
		}
		for (int wave = 1; wave <= tenant.waves(); wave++) {
			insert(FixtureSql.WAVE, this.ids.migrationWave(key, wave), account, engagement, wave, "Wave " + wave,
					(wave == 1) ? "in_progress" : "planned", this.context.asOf().plusWeeks(4L * (wave - 1)),
					this.context.asOf().plusWeeks(4L * wave), at(30));
		}
	}

	private void insertImport(TenantPlan tenant, ImportPlan imported, int[] applications) {
		String key = tenant.key();
		boolean completed = imported.status().equals("completed");
		UUID dataImport = this.ids.dataImport(key, imported.key());
		insert(FixtureSql.DATA_IMPORT, dataImport, this.ids.clientAccount(key), this.ids.engagement(key),
				this.ids.masterFlow(key, imported.flowKey()), imported.importName(), importType(imported),
				imported.relativePath(), imported.status(), imported.totalRows(), this.ids.user(imported.importedBy()),
				at(imported.startedDaysAgo()), completed ? at(imported.startedDaysAgo() - 1) : null,
				at(imported.startedDaysAgo()));
		int index = 1;
		for (Map<String, Object> data : assetsOf(imported, applications)) {
			insertRecord(tenant, imported, index++, data, null, completed);
		}
		for (int pending = 0; pending < imported.pendingRows(); pending++) {
			// cleansed already, but the import is still processing: no asset yet
			insertRecord(tenant, imported, index++,
					CanonicalRecords.of(imported.key() + "-pending", AssetKind.SERVER_LINUX, pending, 0), null, false);
		}
		for (Map.Entry<DataQualityIssue, Integer> issue : imported.invalidRows().entrySet()) {
			for (int i = 0; i < issue.getValue(); i++) {
				String problem = "[{\"column\": \"Host Name\", \"field\": \"hostname\", \"problem\": \""
						+ issue.getKey().name().toLowerCase().replace('_', ' ') + "\"}]";
				insertRecord(tenant, imported, index++, null, problem, true);
			}
		}
	}

	private void insertRecord(TenantPlan tenant, ImportPlan imported, int index, Map<String, Object> data,
			String errors, boolean processed) {
		String key = tenant.key();
		String cleansed = (data != null) ? this.json.writeValueAsString(data) : null;
		String raw = this.json.writeValueAsString(Map.of("record", index));
		// as the raw-records step links it: to the asset the assets step will build
		UUID asset = (data != null && processed && imported.feedsAssets())
				? this.ids.asset(key, AssetField.assetName(data)) : null;
		insert(FixtureSql.RAW_RECORD, this.ids.rawImportRecord(key, imported.key(), index), this.ids.clientAccount(key),
				this.ids.engagement(key), this.ids.dataImport(key, imported.key()), index, raw, cleansed, errors,
				errors == null, processed, asset, processed ? at(imported.startedDaysAgo() - 1) : null,
				at(imported.startedDaysAgo()));
	}

	/**
	 * An import's asset records, kinds in enum order; application names numbered per
	 * tenant.
	 */
	private List<Map<String, Object>> assetsOf(ImportPlan imported, int[] applications) {
		List<Map<String, Object>> records = new ArrayList<>();
		imported.assets().entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach((entry) -> {
			for (int n = 0; n < entry.getValue(); n++) {
				boolean application = entry.getKey().assetType().equals("application");
				records
					.add(CanonicalRecords.of(imported.key(), entry.getKey(), n, application ? applications[0]++ : 0));
			}
		});
		return records;
	}

	/** One commit, not one per row: each commit waits for the disk. */
	private void inOneTransaction(Runnable work) {
		new TransactionTemplate(new DataSourceTransactionManager(this.jdbc.getDataSource()))
			.executeWithoutResult((status) -> work.run());
	}

	/** The last argument is the creation time, also used as the update time. */
	private void insert(String sql, Object... args) {
		Object[] withUpdatedAt = Arrays.copyOf(args, args.length + 1);
		withUpdatedAt[args.length] = args[args.length - 1];
		this.jdbc.update(sql, withUpdatedAt);
	}

	/** The platform's ImportType value (the seed's own names may lag behind). */
	private static String importType(ImportPlan imported) {
		String type = imported.format().importType();
		return List.of("cmdb", "asset_inventory", "network_data", "business_apps", "user_data", "other").contains(type)
				? type : "asset_inventory";
	}

	private static Timestamp day(LocalDate date) {
		return Timestamp.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	private Timestamp at(int daysAgo) {
		return Timestamp.from(this.context.daysAgo(daysAgo, 10, 0).toInstant());
	}

}
