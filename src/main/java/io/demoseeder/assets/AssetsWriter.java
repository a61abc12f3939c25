package io.demoseeder.assets;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.demoseeder.copy.CopyItemWriter;
import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetTag;
import io.demoseeder.model.Tables;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one chunk of assets in the chunk's transaction: the assets, their counts in
 * their waves and programmes, the link from each raw record to its asset, and the asset
 * tags. Every statement is idempotent (deterministic ids with
 * {@code ON CONFLICT DO NOTHING} in the COPY writers, an UPDATE that sets a fixed value),
 * so a chunk replayed after a crash between the target and control commits changes
 * nothing.
 */
final class AssetsWriter implements ItemWriter<BuiltAsset> {

	/**
	 * One statement for the chunk: the pairs come as two text arrays of the same length.
	 */
	private static final String LINK_RECORDS = """
			UPDATE migration.raw_import_records r SET asset_id = link.asset_id
			FROM unnest(?::uuid[], ?::uuid[]) AS link(asset_id, raw_import_record_id)
			WHERE r.id = link.raw_import_record_id
			""";

	private final CopyItemWriter<Asset> assets;

	private final CopyItemWriter<AssetTag> tags;

	private final JdbcTemplate jdbc;

	private final ProgressCounts progress;

	AssetsWriter(DataSource dataSource) {
		this.assets = CopyItemWriter.forRecords(dataSource, Tables.ASSETS);
		this.tags = CopyItemWriter.forRecords(dataSource, Tables.ASSET_TAGS);
		this.jdbc = new JdbcTemplate(dataSource);
		this.progress = new ProgressCounts(this.jdbc);
	}

	@Override
	public void write(Chunk<? extends BuiltAsset> chunk) {
		List<? extends BuiltAsset> items = chunk.getItems();
		List<Asset> assets = items.stream().map(BuiltAsset::asset).toList();
		Set<UUID> stored = this.progress.stored(assets);
		this.assets.writeAll(assets);
		this.progress.countIn(assets, stored);
		String[] assetIds = items.stream().map((item) -> item.asset().id().toString()).toArray(String[]::new);
		String[] recordIds = items.stream().map((item) -> item.rawImportRecordId().toString()).toArray(String[]::new);
		this.jdbc.update(LINK_RECORDS, assetIds, recordIds);
		this.tags.writeAll(items.stream().flatMap((item) -> item.tags().stream()).toList());
	}

}
