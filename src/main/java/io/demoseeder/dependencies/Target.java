package io.demoseeder.dependencies;

import java.time.Instant;
import java.util.UUID;

/**
 * An asset as a dependency target: all an edge takes from it (the id, and when it was
 * inventoried) and the name the landscape orders by. A landscape holds one per asset of
 * an engagement, hundreds of thousands at scale 10,000, so nothing more: a whole
 * {@code Asset} row per target took ~470 MiB of a 512 MiB heap there.
 */
record Target(UUID id, String name, Instant createdAt) {

}
