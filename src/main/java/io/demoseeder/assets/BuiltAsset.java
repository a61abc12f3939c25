package io.demoseeder.assets;

import java.util.List;

import io.demoseeder.model.Asset;
import io.demoseeder.model.AssetTag;

/** What the assets writer stores for one raw record: the asset and its tags. */
public record BuiltAsset(Asset asset, List<AssetTag> tags) {

}
