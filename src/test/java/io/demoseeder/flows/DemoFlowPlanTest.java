package io.demoseeder.flows;

import java.util.List;

import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.Phases;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan holds the flows the contract asks for, and their timelines make sense. */
class DemoFlowPlanTest {

	private final SeedContext context = StepLauncher.CONTEXT;

	@Test
	void demoCorpHasThreeCompletedFlowsStoppedAtDifferentPhasesOneRunningOneFailed() {
		List<FlowPlan> flows = DemoPlans.of(this.context).demo().flows();
		assertThat(flows).hasSize(5);
		List<FlowPlan> completed = flows.stream().filter((flow) -> "completed".equals(flow.status())).toList();
		assertThat(completed).extracting(FlowPlan::completedPhases).containsExactlyInAnyOrder(6, 5, 4);
		assertThat(completed).allSatisfy(
				(flow) -> assertThat(flow.currentPhase()).isEqualTo(Phases.ORDER.get(flow.completedPhases() - 1)));
		assertThat(flows).filteredOn((flow) -> "running".equals(flow.status()))
			.singleElement()
			.satisfies((flow) -> assertThat(flow.currentPhase()).isEqualTo("field_mapping"));
		assertThat(flows).filteredOn((flow) -> "failed".equals(flow.status()))
			.singleElement()
			.satisfies((flow) -> assertThat(flow.errorMessage()).isNotBlank());
	}

	@Test
	void everyTimelineRunsItsPhasesInOrderBeforeTheAsOfDate() {
		for (TenantPlan tenant : DemoPlans.of(this.context).tenants()) {
			for (FlowPlan flow : tenant.flows()) {
				FlowTimeline timeline = FlowTimeline.of(this.context, tenant.key(), flow);
				assertThat(timeline.phases()).extracting(FlowTimeline.PhaseRun::phase).isEqualTo(Phases.ORDER);
				for (int i = 1; i < timeline.phases().size(); i++) {
					assertThat(timeline.phases().get(i).startedAt())
						.isAfter(timeline.phases().get(i - 1).completedAt());
				}
				assertThat(timeline.startedAt().toLocalDate())
					.isEqualTo(this.context.asOf().minusDays(flow.startedDaysAgo()));
				assertThat(timeline.lastActivityAt()).isAfter(timeline.startedAt()).isBefore(this.context.asOfStart());
				assertThat(timeline.completedPhases()).hasSize(flow.completedPhases());
				assertThat(timeline.currentPhase().isPresent()).isEqualTo(!"completed".equals(flow.status()));
			}
		}
	}

	@Test
	void progressIsFullForCompletedFlowsAndTheShareOfDonePhasesOtherwise() {
		assertThat(FlowStatus.progress(flow("completed", 4))).isEqualByComparingTo("100");
		assertThat(FlowStatus.progress(flow("running", 1))).isEqualByComparingTo("17");
		assertThat(FlowStatus.progress(flow("failed", 2))).isEqualByComparingTo("33");
	}

	private static FlowPlan flow(String status, int completedPhases) {
		return new FlowPlan("k", "name", status, Phases.ORDER.get(completedPhases), completedPhases, null, "x@y.z", 1,
				null);
	}

}
