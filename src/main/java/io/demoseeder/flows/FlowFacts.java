package io.demoseeder.flows;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;

/**
 * What the documents of one flow talk about: its tenant, plan, source import, timeline
 * and record counts. Counts come from the import plan, so the agents' insights agree with
 * the raw records and assets the later stages write. A flow without an import (an agent's
 * own scan) gets counts of its own.
 */
record FlowFacts(SeedContext context, EntityIds ids, TenantPlan tenant, FlowPlan flow, Optional<ImportPlan> source,
		FlowTimeline timeline, int totalRecords, int invalidRecords) {

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");

	/** Share of invalid records of a failed scan whose message names none. */
	private static final int DEFAULT_FAILED_PERCENT = 25;

	static FlowFacts of(SeedContext context, TenantPlan tenant, FlowPlan flow) {
		Optional<ImportPlan> source = Optional.ofNullable(flow.importKey()).map(tenant::importNamed);
		FlowTimeline timeline = FlowTimeline.of(context, tenant.key(), flow);
		EntityIds ids = new EntityIds(context);
		if (source.isPresent()) {
			ImportPlan plan = source.get();
			return new FlowFacts(context, ids, tenant, flow, source, timeline, plan.totalRows(),
					plan.invalidRowCount());
		}
		Random random = context.random("flow_scan", tenant.key(), flow.key());
		int total = 150 + random.nextInt(120);
		// a failed scan's details must agree with its message ("41% of records lack ...")
		return new FlowFacts(context, ids, tenant, flow, source, timeline, total,
				Math.round(total * failedPercent(flow) / 100f));
	}

	private static int failedPercent(FlowPlan flow) {
		if (flow.errorMessage() == null) {
			return 0;
		}
		Matcher matcher = PERCENT.matcher(flow.errorMessage());
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : DEFAULT_FAILED_PERCENT;
	}

	int validRecords() {
		return this.totalRecords - this.invalidRecords;
	}

	/** Invalid rows by issue, keyed by the issue's lower-case name. */
	Map<String, Integer> invalidByIssue() {
		Map<String, Integer> byIssue = new TreeMap<>();
		this.source.ifPresent((plan) -> plan.invalidRows()
			.forEach((issue, count) -> byIssue.put(issue.name().toLowerCase(Locale.ROOT), count)));
		return byIssue;
	}

	int invalid(DataQualityIssue issue) {
		return this.source.map((plan) -> plan.invalidRows().getOrDefault(issue, 0)).orElse(0);
	}

	int assets() {
		return this.source.map(ImportPlan::assetRows).orElse(0);
	}

	/** Assets of the given kinds. */
	int assets(AssetKind... kinds) {
		int count = 0;
		for (AssetKind kind : kinds) {
			count += this.source.map((plan) -> plan.assets().getOrDefault(kind, 0)).orElse(0);
		}
		return count;
	}

	/** Assets of one {@code asset_type_enum} value. */
	int assetsOfType(String assetType) {
		return this.source
			.map((plan) -> plan.assets()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().assetType().equals(assetType))
				.mapToInt(Map.Entry::getValue)
				.sum())
			.orElse(0);
	}

	/** Load balancers and firewalls, whatever asset type the inventory gives them. */
	int networkDevices() {
		return assets(AssetKind.LOAD_BALANCER, AssetKind.FIREWALL);
	}

	/** Source columns the mapping agent had to map. */
	int sourceColumns() {
		return this.source.map((plan) -> plan.format().columns().size()).orElse(0);
	}

	String sourceLabel() {
		return this.source.map((plan) -> plan.fileName()).orElse("the agent scan");
	}

	/** {@code crewai_flow_state_extensions.flow_id} of this flow. */
	UUID masterFlowId() {
		return this.ids.masterFlowFlowId(this.tenant.key(), this.flow.key());
	}

}
