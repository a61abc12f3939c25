package io.demoseeder.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.demoseeder.flows.FlowTimeline;
import io.demoseeder.flows.FlowTimeline.PhaseRun;
import io.demoseeder.model.DataImport;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Describes a planned import by the real file the generate step wrote: its name, MIME
 * type and size on disk. The import ran in its flow's {@code data_import} phase, so it
 * takes its times from that phase. The record counters other than the total stay 0 until
 * the raw-records stage counts the records (and recomputes the progress).
 */
record DataImportProcessor(SeedContext context, EntityIds ids, Path inputDirectory,
		JsonMapper json) implements ItemProcessor<ImportSource, ImportRows> {

	DataImportProcessor(SeedContext context, Path inputDirectory, JsonMapper json) {
		this(context, new EntityIds(context), inputDirectory, json);
	}

	@Override
	public ImportRows process(ImportSource source) {
		TenantPlan tenant = source.tenant();
		ImportPlan plan = source.plan();
		PhaseRun run = FlowTimeline.importRun(this.context, tenant, plan);
		OffsetDateTime completedAt = ImportStory.finished(plan) ? run.completedAt() : null;
		boolean failed = "failed".equals(plan.status());
		DataImport row = new DataImport(this.ids.dataImport(tenant.key(), plan.key()),
				this.ids.clientAccount(tenant.key()), this.ids.engagement(tenant.key()),
				this.ids.masterFlow(tenant.key(), plan.flowKey()), plan.importName(), plan.format().importType(),
				plan.fileName(), fileSize(plan), plan.format().mimeType(), plan.sourceSystem(), plan.status(),
				plan.totalRows(), 0, 0, this.ids.user(plan.importedBy()),
				failed ? ImportStory.errorMessage(plan) : null, run.startedAt(), completedAt,
				ImportStory.description(tenant, plan), ImportStory.progress(plan),
				failed ? this.json.writeValueAsString(ImportStory.errorDetails(plan, run)) : null, run.startedAt(),
				(completedAt != null) ? completedAt : run.startedAt());
		List<UUID> flowIds = tenant.flows()
			.stream()
			.filter((flow) -> plan.key().equals(flow.importKey()))
			.map((flow) -> this.ids.discoveryFlow(tenant.key(), flow.key()))
			.toList();
		return new ImportRows(row, flowIds);
	}

	private long fileSize(ImportPlan plan) {
		Path file = this.inputDirectory.resolve(plan.relativePath());
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(
					"input file missing: " + file.toAbsolutePath() + " (the generateInputFiles step writes it)");
		}
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the size of " + file, ex);
		}
	}

}
