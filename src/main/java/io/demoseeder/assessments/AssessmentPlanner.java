package io.demoseeder.assessments;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.assets.SixRStrategies;
import io.demoseeder.model.Assessment;
import io.demoseeder.model.Asset;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.waves.MigrationProgramme;
import io.demoseeder.text.CompactJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The processor: the assessments that make sense for one asset. Every asset gets a
 * technical one; applications and databases risk and security; servers and databases
 * performance; network devices security. Mostly completed, some still in progress. Types,
 * statuses and risk levels are the platform's member names ({@link AssessmentKinds});
 * each assessment belongs to its engagement's migration programme.
 */
final class AssessmentPlanner implements ItemProcessor<Asset, List<Assessment>> {

	private final SeedContext context;

	private final JsonMapper jsonMapper;

	private final CompactJson json;

	/** Who the platform says produced the AI insights. */
	private static final String AI_MODEL = "crewai-assessment-agent-1.4";

	private final Assessors assessors;

	/** The migration programme of each engagement of the plan. */
	private final Map<UUID, UUID> migrations;

	AssessmentPlanner(SeedContext context, JsonMapper jsonMapper, Assessors assessors, DemoPlan plan) {
		this.context = context;
		this.jsonMapper = jsonMapper;
		this.json = new CompactJson(jsonMapper);
		this.assessors = assessors;
		EntityIds ids = new EntityIds(context);
		this.migrations = plan.tenants()
			.stream()
			.collect(Collectors.toMap((tenant) -> ids.engagement(tenant.key()),
					(tenant) -> MigrationProgramme.id(context, tenant.key())));
	}

	@Override
	public List<Assessment> process(Asset asset) {
		AssetFacts facts = AssetFacts.of(asset, this.jsonMapper);
		return types(asset.assetType()).stream().map((type) -> assess(facts, type)).toList();
	}

	static List<String> types(String assetType) {
		if (AssetKinds.isNetwork(assetType)) {
			return List.of("technical", "security");
		}
		return switch (assetType) {
			case "application" -> List.of("technical", "risk", "security");
			case "database" -> List.of("technical", "risk", "performance", "security");
			case "server", "virtual_machine" -> List.of("technical", "performance");
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
		boolean completed = random.nextInt(100) >= 15;
		String strategy = recommendedStrategy(facts, random);
		OffsetDateTime assessedAt = assessedAt(asset, random);
		String complexity = (asset.migrationComplexity() != null) ? asset.migrationComplexity()
				: new String[] { "low", "medium", "high" }[Math.min(2, penalties / 25)];
		Economics money = Economics.of(asset, complexity, random);
		double confidence = Math.round((completed ? 0.78 : 0.6) * 100 + random.nextInt(17)) / 100.0;
		OffsetDateTime reviewed = completed ? notAfterNow(assessedAt.plusDays(1 + random.nextInt(3))) : null;
		int scoreValue = score.intValue();
		return new Assessment(this.context.id("assessment", asset.id(), type), asset.clientAccountId(),
				asset.engagementId(), asset.id(), AssessmentKinds.memberName(type),
				completed ? "COMPLETED" : "IN_PROGRESS", score, AssessmentKinds.riskLevel(scoreValue),
				findingsJson(findings), recommendationsJson(findings, strategy, facts), strategy,
				this.assessors.of(asset.engagementId(), type), assessedAt,
				this.migrations.getOrDefault(asset.engagementId(), asset.migrationId()),
				AssessmentKinds.label(type) + " \u2013 " + asset.name(), description(type, asset, findings),
				score.doubleValue(), confidence, json(alternatives(facts, strategy)),
				StrategyActions.of(strategy, facts) + ": " + findings.get(0).title().toLowerCase(Locale.ROOT)
						+ " weighs most",
				money.currentCost(), money.migrationCost(), money.targetCost(), money.annualSavings(),
				money.roiMonths(), json(Narrative.risks(findings)), json(Narrative.mitigations(findings)),
				json(Narrative.blockers(findings)), json(Narrative.dependencies(asset)), complexity,
				(double) Math.max(0, 100 - penalties / 2), json(Narrative.modernization(strategy, facts)),
				json(Narrative.performance(facts)), asset.criticality(), json(Narrative.downtime(asset)),
				Narrative.userImpact(asset), json(Narrative.compliance(asset)),
				json(Narrative.insights(findings, strategy, scoreValue)), Math.round((confidence - 0.03) * 100) / 100.0,
				AI_MODEL, money.effortHours(), money.durationDays(), asset.migrationWave(),
				json(Narrative.prerequisites(findings, strategy)), this.assessors.email(asset.engagementId(), type),
				assessedAt, reviewed, (completed && scoreValue >= 60) ? reviewed : null, assessedAt,
				(reviewed != null) ? reviewed : assessedAt);
	}

	private static String description(String type, Asset asset, List<Finding> findings) {
		// concatenated, not String.formatted: a Formatter per row was 0.3 CPU-s at scale
		// 1000, and its %d would write the default locale's digits
		return AssessmentKinds.label(type) + " of " + asset.name() + " (" + asset.assetType().replace('_', ' ') + ", "
				+ asset.environment() + "): " + findings.size() + " finding" + ((findings.size() == 1) ? "" : "s")
				+ ", the most severe " + findings.get(0).severity();
	}

	private static List<String> alternatives(AssetFacts facts, String strategy) {
		return SixRStrategies.plausible(facts.kind()).stream().filter((s) -> !s.equals(strategy)).toList();
	}

	private OffsetDateTime notAfterNow(OffsetDateTime at) {
		OffsetDateTime now = this.context.asOfStart();
		return at.isAfter(now) ? now : at;
	}

	private String json(Object value) {
		return this.json.write(value);
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

	/** Within the last two weeks, in office hours, never before the asset existed. */
	private OffsetDateTime assessedAt(Asset asset, Random random) {
		OffsetDateTime at = this.context.daysAgo(1 + random.nextInt(12), 9 + random.nextInt(9), random.nextInt(60));
		OffsetDateTime earliest = asset.createdAt().plusHours(4);
		return at.isBefore(earliest) ? earliest : at;
	}

	private String findingsJson(List<Finding> findings) {
		return this.json.write(findings.stream().map((finding) -> {
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
		return this.json.write(json);
	}

}
