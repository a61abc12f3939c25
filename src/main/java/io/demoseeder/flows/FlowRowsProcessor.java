package io.demoseeder.flows;

import java.time.OffsetDateTime;

import io.demoseeder.model.CrewaiFlowStateExtension;
import io.demoseeder.model.DiscoveryFlow;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a planned flow into its master row and its discovery-flow row. The import link
 * ({@code data_import_id}) stays NULL: the data-imports stage sets it once the import
 * exists.
 */
class FlowRowsProcessor implements ItemProcessor<FlowSource, FlowRows> {

	static final String FLOW_TYPE = "discovery";

	/** What the platform's agents may learn from: this engagement's flows only. */
	static final String LEARNING_SCOPE = "engagement";

	static final String MEMORY_ISOLATION_LEVEL = "strict";

	private final SeedContext context;

	private final JsonMapper jsonMapper;

	FlowRowsProcessor(SeedContext context, JsonMapper jsonMapper) {
		this.context = context;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public FlowRows process(FlowSource source) {
		FlowFacts facts = FlowFacts.of(this.context, source.tenant(), source.flow());
		return new FlowRows(master(facts), flow(facts));
	}

	private CrewaiFlowStateExtension master(FlowFacts facts) {
		EntityIds ids = facts.ids();
		String tenant = facts.tenant().key();
		FlowPlan flow = facts.flow();
		return new CrewaiFlowStateExtension(ids.masterFlow(tenant, flow.key()), ids.clientAccount(tenant),
				ids.engagement(tenant), facts.masterFlowId(), ids.user(flow.startedBy()), FLOW_TYPE, flow.flowName(),
				flow.status(), json(MasterFlowDocuments.configuration(facts)),
				json(MasterFlowDocuments.persistence(facts)), json(MasterFlowDocuments.collaborationLog(facts)),
				json(MasterFlowDocuments.phaseExecutionTimes(facts)), json(CrewAnalytics.memoryUsage(facts)),
				json(CrewAnalytics.knowledgeBase(facts)), json(CrewAnalytics.agentPerformance(facts)),
				json(CrewAnalytics.crewCoordination(facts)), json(CrewAnalytics.learningPatterns(facts)),
				json(CrewAnalytics.userFeedback(facts)), json(CrewAnalytics.adaptation(facts)),
				facts.timeline().startedAt(), facts.timeline().lastActivityAt());
	}

	/**
	 * The flow row. Its per-phase results are NULL for the phases it never reached;
	 * {@code crewai_persistence_id} is the master flow's id, where CrewAI keeps its
	 * state.
	 */
	private DiscoveryFlow flow(FlowFacts facts) {
		EntityIds ids = facts.ids();
		String tenant = facts.tenant().key();
		FlowPlan flow = facts.flow();
		boolean failed = "failed".equals(flow.status());
		OffsetDateTime completedAt = facts.timeline().completedAt().orElse(null);
		return new DiscoveryFlow(ids.discoveryFlow(tenant, flow.key()), ids.clientAccount(tenant),
				ids.engagement(tenant), ids.discoveryFlowFlowId(tenant, flow.key()), facts.masterFlowId(), null,
				ids.user(flow.startedBy()), flow.flowName(), flow.status(), flow.currentPhase(),
				FlowStatus.progress(flow), done(flow, 0), done(flow, 1), done(flow, 2), done(flow, 3), done(flow, 4),
				done(flow, 5), json(FlowStateDocuments.crewaiState(facts)), json(FlowStateDocuments.insights(facts)),
				failed ? flow.errorMessage() : null, failed ? json(FlowStateDocuments.errorDetails(facts)) : null,
				completedAt, LEARNING_SCOPE, MEMORY_ISOLATION_LEVEL, FlowResultDocuments.assessmentReady(facts),
				json(FlowResultDocuments.phaseState(facts)), json(FlowResultDocuments.agentState(facts)), FLOW_TYPE,
				json(FlowResultDocuments.phasesCompleted(facts)), json(FlowResultDocuments.flowState(facts)),
				json(FlowResultDocuments.crewOutputs(facts)), json(FlowResultDocuments.fieldMappings(facts)),
				json(FlowResultDocuments.discoveredAssets(facts)), json(FlowResultDocuments.dependencies(facts)),
				json(FlowResultDocuments.techDebtAnalysis(facts)), facts.masterFlowId(),
				failed ? flow.currentPhase() : null, facts.timeline().startedAt(), facts.timeline().lastActivityAt());
	}

	private static boolean done(FlowPlan flow, int phase) {
		return phase < flow.completedPhases();
	}

	/** A document as JSON text; none (a phase not reached) as SQL NULL. */
	private String json(Object document) {
		return (document != null) ? this.jsonMapper.writeValueAsString(document) : null;
	}

}
