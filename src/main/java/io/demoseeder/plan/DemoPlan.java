package io.demoseeder.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shape of the demo: tenants, their engagement, users, imports and flows. Every stage
 * reads it, so the stages agree on keys without reading each other's rows. The demo
 * tenant's shape is fixed by the schema contract; the other tenants' volume grows with
 * the scale. {@link DemoPlans#of} makes it for a run.
 */
public record DemoPlan(List<TenantPlan> tenants) {

	/**
	 * The password of every demo login: the one the platform team's demo notes give
	 * (platform/plan-data.md; documented in docs/demo-guide.md).
	 */
	public static final String DEMO_PASSWORD = "Demo123!";

	public TenantPlan demo() {
		return this.tenants.stream().filter(TenantPlan::demo).findFirst().orElseThrow();
	}

	/**
	 * Every tenant's planned things of one kind ({@code things}: its flows, its imports),
	 * each paired with its tenant, in plan order: the items of a generated step.
	 */
	public <T, I> List<I> perTenant(Function<TenantPlan, List<T>> things, BiFunction<TenantPlan, T, I> item) {
		return this.tenants.stream()
			.flatMap((tenant) -> things.apply(tenant).stream().map((thing) -> item.apply(tenant, thing)))
			.toList();
	}

	/** A client account with its one engagement. {@code key} is the account's slug. */
	public record TenantPlan(String key, String name, String industry, boolean demo, AccountPlan account,
			EngagementPlan engagement, List<UserPlan> users, List<ImportPlan> imports, List<FlowPlan> flows,
			int waves) {

		/** The flow that reads {@code importPlan}. */
		public FlowPlan flowOf(ImportPlan importPlan) {
			return this.flows.stream()
				.filter((flow) -> flow.key().equals(importPlan.flowKey()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"import " + this.key + "/" + importPlan.key() + " names an unknown flow"));
		}

		public ImportPlan importNamed(String importKey) {
			return this.imports.stream().filter((plan) -> plan.key().equals(importKey)).findFirst().orElseThrow();
		}

	}

	/**
	 * What the client account's page shows about the company: {@code compliance} names
	 * the frameworks its business objectives and tags care about.
	 */
	public record AccountPlan(String companySize, String description, String headquarters, String address,
			String timezone, String subscriptionTier, List<String> compliance) {
	}

	/** {@code targetCloud} is where the migration lands (the engagement's scope). */
	public record EngagementPlan(String name, String slug, String status, LocalDate startDate,
			LocalDate targetCompletionDate, String description, String priority, String targetCloud) {
	}

	/**
	 * A login: {@code roleType} (the platform's lower-case RoleType) and
	 * {@code accessLevel} (its AccessLevel) go to user_roles and the access rows,
	 * {@code associationRole} to user_account_associations. First and last names are
	 * generated.
	 */
	public record UserPlan(String email, String roleType, String accessLevel, String associationRole,
			String roleDescription) {
	}

	/**
	 * One data import and the source file it reads ({@code relativePath} in the input
	 * directory). {@code assets} are the valid rows that become assets when the import is
	 * processed; {@code pendingRows} valid rows not processed yet; {@code invalidRows}
	 * rows carrying each invalidating problem.
	 */
	public record ImportPlan(String key, SourceFormat format, String relativePath, String importName,
			String sourceSystem, String status, String flowKey, String importedBy, int startedDaysAgo,
			Map<AssetKind, Integer> assets, int pendingRows, Map<DataQualityIssue, Integer> invalidRows) {

		/** The keys of kept imports start with it ({@link KeptImport#importKey}). */
		public static final String KEPT_KEY_PREFIX = "kept-";

		/** Whether people added it to an earlier demo ({@link KeptImport}). */
		public boolean kept() {
			return this.key.startsWith(KEPT_KEY_PREFIX);
		}

		/**
		 * The {@code data_imports.filename}: the format's own name for a generated file
		 * (wherever it lies), the name people uploaded for a kept one.
		 */
		public String fileName() {
			return kept() ? this.relativePath.substring(this.relativePath.lastIndexOf('/') + 1)
					: this.format.fileName();
		}

		public int assetRows() {
			return this.assets.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int invalidRowCount() {
			return this.invalidRows.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int totalRows() {
			return assetRows() + this.pendingRows + invalidRowCount();
		}

		/**
		 * Whether its valid, processed records become assets: the assets step reads the
		 * records of completed imports only.
		 */
		public boolean feedsAssets() {
			return "completed".equals(this.status);
		}

	}

	/**
	 * One discovery flow: {@code completedPhases} phases of {@link Phases#ORDER} are
	 * done; a running or failed flow is at the next one ({@code currentPhase}).
	 * {@code assetTypes}, when not empty, are the platform asset types this flow
	 * re-discovered in an import another flow read first: those assets carry this flow
	 * (the platform shows a flow's own assets on its page, and invents some for a flow
	 * that has none).
	 */
	public record FlowPlan(String key, String flowName, String status, String currentPhase, int completedPhases,
			String importKey, String startedBy, int startedDaysAgo, String errorMessage, List<String> assetTypes) {

		public FlowPlan {
			assetTypes = List.copyOf(assetTypes);
		}

		/** A flow that discovered everything of its import, or nothing. */
		public FlowPlan(String key, String flowName, String status, String currentPhase, int completedPhases,
				String importKey, String startedBy, int startedDaysAgo, String errorMessage) {
			this(key, flowName, status, currentPhase, completedPhases, importKey, startedBy, startedDaysAgo,
					errorMessage, List.of());
		}

		/** Whether the flow got through asset inventory, so it has assets of its own. */
		public boolean inventoried() {
			return this.completedPhases > Phases.ORDER.indexOf("asset_inventory");
		}

	}

}
