package io.demoseeder.imports;

import java.util.List;
import java.util.UUID;

import io.demoseeder.model.DataImport;

/** An import's row and the discovery flows ({@code discovery_flows.id}) that read it. */
record ImportRows(DataImport dataImport, List<UUID> flowIds) {
}
