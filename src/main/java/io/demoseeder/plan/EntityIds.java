package io.demoseeder.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The id of every entity from its natural key, in one place so that a stage can point at
 * another stage's rows (a flow's import, an asset's wave) without reading them back. The
 * demo tenant's client, engagement and logins are the exception: the platform's backend
 * and its demo notes name them by fixed ids (platform/plan-data.md), the same for every
 * seed.
 */
public record EntityIds(SeedContext context) {

	/**
	 * The demo client's id is the platform's fixed one; other tenants' are name-based.
	 */
	public UUID clientAccount(String tenantKey) {
		return DemoTenant.KEY.equals(tenantKey) ? DemoTenant.CLIENT_ACCOUNT_ID
				: this.context.id("client_account", tenantKey);
	}

	public UUID engagement(String tenantKey) {
		return DemoTenant.KEY.equals(tenantKey) ? DemoTenant.ENGAGEMENT_ID : this.context.id("engagement", tenantKey);
	}

	/**
	 * The four demo logins have the platform's fixed ids; everyone else a name-based one.
	 */
	public UUID user(String email) {
		UUID fixed = DemoTenant.USER_IDS.get(email);
		return (fixed != null) ? fixed : this.context.id("user", email);
	}

	public UUID dataImport(String tenantKey, String importKey) {
		return this.context.id("data_import", tenantKey, importKey);
	}

	/** {@code discovery_flows.id}. */
	public UUID discoveryFlow(String tenantKey, String flowKey) {
		return this.context.id("discovery_flow", tenantKey, flowKey);
	}

	/** {@code discovery_flows.flow_id}. */
	public UUID discoveryFlowFlowId(String tenantKey, String flowKey) {
		return this.context.id("discovery_flow.flow_id", tenantKey, flowKey);
	}

	/** {@code crewai_flow_state_extensions.id}. */
	public UUID masterFlow(String tenantKey, String flowKey) {
		return this.context.id("crewai_flow_state", tenantKey, flowKey);
	}

	/**
	 * {@code crewai_flow_state_extensions.flow_id}, which
	 * {@code discovery_flows.master_flow_id} references (imports, records and mappings
	 * reference the row's {@code id}, as the platform's models do).
	 */
	public UUID masterFlowFlowId(String tenantKey, String flowKey) {
		return this.context.id("crewai_flow_state.flow_id", tenantKey, flowKey);
	}

	public UUID rawImportRecord(String tenantKey, String importKey, int recordIndex) {
		return this.context.id("raw_import_record", tenantKey, importKey, recordIndex);
	}

	public UUID fieldMapping(String tenantKey, String importKey, String sourceField) {
		return this.context.id("field_mapping", tenantKey, importKey, sourceField);
	}

	/** Asset names are unique within an engagement (the contract's unique key). */
	public UUID asset(String tenantKey, String assetName) {
		return this.context.id("asset", tenantKey, assetName);
	}

	/**
	 * The ids of the run's kept imports' flows ({@code discovery_flows.id}), which their
	 * assets carry: the stages that leave the plain demo's rows as they are tell those
	 * assets apart by them.
	 */
	public Set<UUID> keptFlows() {
		Set<UUID> flows = new HashSet<>();
		List<KeptImport> kept = this.context.kept();
		for (int i = 0; i < kept.size(); i++) {
			flows.add(discoveryFlow(kept.get(i).tenantKey(), KeptImport.flowKey(i + 1)));
		}
		return flows;
	}

	/**
	 * The ids of the run's kept imports ({@code data_imports.id}), in the run's order of
	 * them (the order their census counted them in).
	 */
	public List<UUID> keptImports() {
		List<UUID> imports = new ArrayList<>();
		List<KeptImport> kept = this.context.kept();
		for (int i = 0; i < kept.size(); i++) {
			imports.add(dataImport(kept.get(i).tenantKey(), KeptImport.importKey(i + 1)));
		}
		return List.copyOf(imports);
	}

	public UUID migrationWave(String tenantKey, int waveNumber) {
		return this.context.id("migration_wave", tenantKey, waveNumber);
	}

	/** A tenant's tag of the catalog, by the catalog's name of it. */
	public UUID tag(UUID clientAccountId, String catalogName) {
		return this.context.id("tag", clientAccountId, catalogName);
	}

}
