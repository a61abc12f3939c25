package io.demoseeder.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

	@Test
	void everyAliasAndCanonicalNameMapsToItsCanonicalNameWhateverItsCaseAndSpaces() {
		assertAccepts(Vocabulary.OPERATING_SYSTEMS, Vocabulary::operatingSystem);
		assertAccepts(Vocabulary.ENVIRONMENT_ALIASES, Vocabulary::environment);
		Vocabulary.CRITICALITIES
			.forEach((criticality) -> assertThat(Vocabulary.criticality("  " + criticality.toUpperCase() + " "))
				.contains(criticality));
	}

	@Test
	void assetTypesAndUnknownValues() {
		assertThat(Vocabulary.assetType("Network  Device")).contains("network_device");
		assertThat(Vocabulary.assetType("EC2 Instance")).contains("server");
		assertThat(Vocabulary.assetType("DB")).contains("database");
		assertThat(Vocabulary.assetType("mainframe")).isEmpty();
		assertThat(Vocabulary.operatingSystem(null)).isEmpty();
		assertThat(Vocabulary.environment("")).isEmpty();
		assertThat(Vocabulary.criticality("urgent")).isEmpty();
	}

	private static void assertAccepts(Map<String, List<String>> aliases,
			java.util.function.Function<String, Optional<String>> lookup) {
		aliases.forEach((canonical, names) -> {
			assertThat(lookup.apply(" " + canonical.toUpperCase() + "\t")).contains(canonical);
			names.forEach((name) -> assertThat(lookup.apply(name.replace(" ", "  "))).as(name).contains(canonical));
		});
	}

}
