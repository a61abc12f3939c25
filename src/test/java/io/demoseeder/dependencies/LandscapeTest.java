package io.demoseeder.dependencies;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.demoseeder.model.Asset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LandscapeTest {

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2));

	/**
	 * The builder takes assets in the database's order, whatever it is: every group comes
	 * out by name, then id, as sorting all assets first did.
	 */
	@Test
	void groupsAreOrderedByNameThenIdWhateverTheOrderAssetsArrive() {
		List<Asset> assets = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String environment = (i % 2 == 0) ? "production" : "test";
			assets.add(server(new UUID(0, 1000 - i), "srv-" + (i % 50), environment));
		}
		List<Target> expected = null;
		for (long seed = 1; seed <= 3; seed++) {
			Collections.shuffle(assets, new Random(seed));
			Landscape.Builder builder = new Landscape.Builder();
			assets.forEach(builder::add);
			Landscape landscape = builder.build();
			List<Target> servers = landscape.pool("server");
			assertThat(servers).hasSize(200)
				.isSortedAccordingTo(
						(a, b) -> a.name().equals(b.name()) ? a.id().compareTo(b.id()) : a.name().compareTo(b.name()));
			assertThat(landscape.pool(Landscape.key("server", "test"))).hasSize(100)
				.allMatch((target) -> servers.contains(target));
			assertThat(landscape.pool("database", "server")).isEqualTo(servers);
			expected = (expected != null) ? expected : servers;
			assertThat(servers).isEqualTo(expected);
		}
	}

	/**
	 * The planner's query sorts by name (unique in an engagement): the builder then sorts
	 * nothing, and the groups are the ones a shuffled arrival gives.
	 */
	@Test
	void assetsArrivingInNameOrderGiveTheSameGroupsWithoutASort() {
		List<Asset> assets = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			assets.add(server(new UUID(i % 7, i), String.format("srv-%03d", i), (i % 3 == 0) ? "production" : "test"));
		}
		Landscape.Builder inOrder = new Landscape.Builder();
		assets.forEach(inOrder::add);
		Collections.shuffle(assets, new Random(7));
		Landscape.Builder shuffled = new Landscape.Builder();
		assets.forEach(shuffled::add);
		Landscape sorted = inOrder.build();
		Landscape resorted = shuffled.build();
		for (String key : List.of("server", Landscape.key("server", "production"), Landscape.key("server", "test"))) {
			assertThat(sorted.pool(key)).isEqualTo(resorted.pool(key)).isNotEmpty();
		}
	}

	@Test
	void aTargetKeepsTheInstantTheAssetWasInventoried() {
		Landscape.Builder builder = new Landscape.Builder();
		builder.add(server(new UUID(0, 1), "srv", "production"));
		assertThat(builder.build().pool("server")).singleElement()
			.satisfies((target) -> assertThat(target.createdAt()).isEqualTo(CREATED.toInstant()));
	}

	static Asset server(UUID id, String name, String environment) {
		return new Asset(id, null, null, name, null, "server", null, null, "Ubuntu Server", null, "nginx", null, null,
				null, environment, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, CREATED, null);
	}

}
