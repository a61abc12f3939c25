package io.demoseeder.config;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration processor's metadata names every {@code seeder.*} setting with a
 * description (from {@link SeederProperties}' javadoc), so IDEs and the docs can show
 * what a job config may hold.
 */
class ConfigurationMetadataTest {

	@Test
	void everySeederSettingIsDescribed() throws Exception {
		JsonNode metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the configuration processor's metadata").isNotNull();
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> names = new ArrayList<>();
		List<String> undescribed = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			names.add(name);
			if (!property.has("description") || property.get("description").asString().isBlank()) {
				undescribed.add(name);
			}
		}
		assertThat(names).allMatch((name) -> name.startsWith("seeder."))
			.contains("seeder.seed", "seeder.as-of", "seeder.scale", "seeder.db.url", "seeder.reset.allowed-databases",
					"seeder.backup.retention", "seeder.schedule.cron", "seeder.threads");
		assertThat(undescribed).as("settings without a description").isEmpty();
	}

}
