package io.demoseeder.assessments;

import java.util.Locale;
import java.util.Optional;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.assets.Lifecycle;
import io.demoseeder.model.Asset;
import io.demoseeder.plan.AssetKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the assessors know about an asset: its kind, whether its platform is out of
 * support, and its average utilization (from the asset's custom attributes, which the
 * assets step fills from the source or estimates).
 */
record AssetFacts(Asset asset, Optional<AssetKind> kind, Optional<String> endOfSupport, double cpuPercent,
		double memoryPercent) {

	static AssetFacts of(Asset asset, JsonMapper jsonMapper) {
		JsonNode utilization = (asset.customAttributes() != null)
				? jsonMapper.readTree(asset.customAttributes()).path("utilization") : jsonMapper.missingNode();
		return new AssetFacts(asset, AssetKinds.of(asset),
				Lifecycle.endOfSupport(asset.operatingSystem(), asset.osVersion(), asset.technologyStack()),
				utilization.path("cpu_percent").asDouble(35), utilization.path("memory_percent").asDouble(50));
	}

	boolean is(AssetKind candidate) {
		return this.kind.orElse(null) == candidate;
	}

	boolean isType(String assetType) {
		return assetType.equals(this.asset.assetType());
	}

	boolean production() {
		return "production".equals(this.asset.environment());
	}

	boolean stackMentions(String keyword) {
		String stack = this.asset.technologyStack();
		return stack != null && stack.toLowerCase(Locale.ROOT).contains(keyword);
	}

	String stack() {
		return (this.asset.technologyStack() != null) ? this.asset.technologyStack() : "The application";
	}

}
