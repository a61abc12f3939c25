package io.demoseeder.flows;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.CrewaiFlowStateExtension;
import io.demoseeder.model.DiscoveryFlow;
import io.demoseeder.model.Tables;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the master rows, then the flows that reference them, through the COPY writer
 * every stage uses (fitted to the target's tables). Rows that exist already are skipped,
 * so a chunk replayed after a crash writes nothing twice.
 */
class FlowRowsWriter implements ItemWriter<FlowRows> {

	private final CopyItemWriter<CrewaiFlowStateExtension> masters;

	private final CopyItemWriter<DiscoveryFlow> flows;

	FlowRowsWriter(DataSource dataSource) {
		this.masters = CopyItemWriter.forRecords(dataSource, Tables.CREWAI_FLOW_STATE_EXTENSIONS);
		this.flows = CopyItemWriter.forRecords(dataSource, Tables.DISCOVERY_FLOWS);
	}

	@Override
	public void write(Chunk<? extends FlowRows> chunk) {
		this.masters.writeAll(chunk.getItems().stream().map(FlowRows::master).toList());
		this.flows.writeAll(chunk.getItems().stream().map(FlowRows::flow).toList());
	}

}
