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
 * their waves and programmes, and the asset tags. The raw records already point at their
 * assets (the raw-records step wrote the name-based ids). Every statement is idempotent
 * (deterministic ids with {@code ON CONFLICT DO NOTHING} in the COPY writers), so a chunk
 * replayed after a crash between the target and control commits changes nothing.
 */
final class AssetsWriter implements ItemWriter<BuiltAsset> {

	private final CopyItemWriter<Asset> assets;

	private final CopyItemWriter<AssetTag> tags;

	private final ProgressCounts progress;

	AssetsWriter(DataSource dataSource) {
		// the later stages read the assets back, also what the target has no column for
		this.assets = CopyItemWriter.<Asset>forRecords(dataSource, Tables.ASSETS).keepingAbsentValues();
		this.tags = CopyItemWriter.forRecords(dataSource, Tables.ASSET_TAGS);
		this.progress = new ProgressCounts(new JdbcTemplate(dataSource));
	}

	@Override
	public void write(Chunk<? extends BuiltAsset> chunk) {
		List<? extends BuiltAsset> items = chunk.getItems();
		List<Asset> assets = items.stream().map(BuiltAsset::asset).toList();
		Set<UUID> stored = this.progress.stored(assets);
		this.assets.writeAll(assets);
		this.progress.countIn(assets, stored);
		this.tags.writeAll(items.stream().flatMap((item) -> item.tags().stream()).toList());
	}

}
