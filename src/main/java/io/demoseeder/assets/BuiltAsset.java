package io.demoseeder.assets;

import java.util.List;
import java.util.UUID;

import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetTag;

/**
 * What the assets writer stores for one raw record: the asset, the record to link back to
 * it and the asset's tags.
 */
public record BuiltAsset(Asset asset, UUID rawImportRecordId, List<AssetTag> tags) {

}
