package io.demoseeder.assessments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.demoseeder.assets.SixRStrategies;
import io.demoseeder.model.Asset;
import io.demoseeder.model.Assessment;
import io.demoseeder.seed.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The processor: the assessments that make sense for one asset. Every asset gets a
 * technical one; applications and databases risk and security; servers and databases
 * performance; network devices security. Mostly completed, some still in progress.
 */
final class AssessmentPlanner implements ItemProcessor<Asset, List<Assessment>> {

	private final SeedContext context;

	private final JsonMapper jsonMapper;

	private final Assessors assessors;

	AssessmentPlanner(SeedContext context, JsonMapper jsonMapper, Assessors assessors) {
		this.context = context;
		this.jsonMapper = jsonMapper;
		this.assessors = assessors;
	}

	@Override
	public List<Assessment> process(Asset asset) {
		AssetFacts facts = AssetFacts.of(asset, this.jsonMapper);
		return types(asset.assetType()).stream().map((type) -> assess(facts, type)).toList();
	}

	static List<String> types(String assetType) {
		return switch (assetType) {
			case "application" -> List.of("technical", "risk", "security");
			case "database" -> List.of("technical", "risk", "performance", "security");
			case "server", "virtual_machine" -> List.of("technical", "performance");
			case "network_device" -> List.of("technical", "security");
			default -> List.of("technical");
		};
	}

	private Assessment assess(AssetFacts facts, String type) {
		Asset asset = facts.asset();
		Random random = this.context.random("assessment", asset.id(), type);
		List<Finding> findings = new ArrayList<>(Findings.of(type, facts, random));
		findings.sort(Comparator.comparingInt(Finding::rank));
		int penalties = findings.stream().mapToInt(Finding::penalty).sum();
		BigDecimal score = BigDecimal.valueOf(Math.max(0, 9_900 - 100 * penalties - random.nextInt(800)), 2);
		String status = (random.nextInt(100) < 15) ? "in_progress" : "completed";
		String strategy = recommendedStrategy(facts, random);
		OffsetDateTime assessedAt = assessedAt(asset, random);
		return new Assessment(this.context.id("assessment", asset.id(), type), asset.clientAccountId(),
				asset.engagementId(), asset.id(), type, status, score, riskLevel(score), findingsJson(findings),
				recommendationsJson(findings, strategy, facts), strategy, this.assessors.of(asset.engagementId(), type),
				assessedAt, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, assessedAt, assessedAt);
	}

	/**
	 * Mostly the strategy already on the asset; one in five assessors argues for another.
	 */
	private static String recommendedStrategy(AssetFacts facts, Random random) {
		List<String> plausible = SixRStrategies.plausible(facts.kind());
		String current = facts.asset().sixRStrategy();
		int roll = random.nextInt(100);
		if (current == null) {
			return plausible.get(0);
		}
		List<String> others = plausible.stream().filter((s) -> !s.equals(current)).toList();
		return (roll < 20 && !others.isEmpty()) ? others.get(roll % others.size()) : current;
	}

	private static String riskLevel(BigDecimal score) {
		int value = score.intValue();
		return (value >= 80) ? "low" : (value >= 60) ? "medium" : (value >= 40) ? "high" : "critical";
	}

	/** Within the last two weeks, in office hours, never before the asset existed. */
	private OffsetDateTime assessedAt(Asset asset, Random random) {
		OffsetDateTime at = this.context.daysAgo(1 + random.nextInt(12), 9 + random.nextInt(9), random.nextInt(60));
		OffsetDateTime earliest = asset.createdAt().plusHours(4);
		return at.isBefore(earliest) ? earliest : at;
	}

	private String findingsJson(List<Finding> findings) {
		return this.jsonMapper.writeValueAsString(findings.stream().map((finding) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("severity", finding.severity());
			json.put("title", finding.title());
			return json;
		}).toList());
	}

	private String recommendationsJson(List<Finding> findings, String strategy, AssetFacts facts) {
		List<String> actions = new ArrayList<>();
		actions.add(StrategyActions.of(strategy, facts));
		findings.stream().map(Finding::recommendation).filter((a) -> !actions.contains(a)).forEach(actions::add);
		List<Map<String, Object>> json = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			Map<String, Object> recommendation = new LinkedHashMap<>();
			recommendation.put("priority", i + 1);
			recommendation.put("action", actions.get(i));
			json.add(recommendation);
		}
		return this.jsonMapper.writeValueAsString(json);
	}

}
