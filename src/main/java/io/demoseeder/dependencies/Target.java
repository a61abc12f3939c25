package io.demoseeder.dependencies;

import java.time.Instant;
import java.util.UUID;

/**
 * An asset as a dependency target: all an edge takes from it (the id, and when it was
 * inventoried) and the name the landscape orders by. Made only when a rule reads one: the
 * landscape keeps its engagement's targets as columns ({@link Targets}), since a large
 * engagement has hundreds of thousands (a whole {@code Asset} row per target took ~470
 * MiB of a 512 MiB heap at scale 10,000, one object per target ~180 MiB).
 */
record Target(UUID id, String name, Instant createdAt) {

}
