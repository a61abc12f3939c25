package io.demoseeder.flows;

import io.demoseeder.model.CrewaiFlowStateExtension;
import io.demoseeder.model.DiscoveryFlow;

/** The two rows of one discovery flow: its master row and the flow itself. */
record FlowRows(CrewaiFlowStateExtension master, DiscoveryFlow flow) {
}
