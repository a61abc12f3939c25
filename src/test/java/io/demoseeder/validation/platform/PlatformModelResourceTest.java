package io.demoseeder.validation.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources describe the platform's models exactly as shared/platform/models.md does
 * (re-read when the file is beside the project; skipped where it is not), and the insert
 * check covers every table of them.
 */
class PlatformModelResourceTest {

	private static final Path MODELS_MD = Path.of("..", "shared", "platform", "models.md");

	private static final Pattern TABLE = Pattern.compile("^### (\\w+)$");

	private static final Pattern ENUM = Pattern.compile("^- `([\\w.]+)`: (.*)$");

	@Test
	void resourcesMatchModelsMd() throws IOException {
		Assumptions.assumeTrue(Files.exists(MODELS_MD), "no " + MODELS_MD);
		List<String> columns = new ArrayList<>();
		List<String> enums = new ArrayList<>();
		String table = null;
		for (String line : Files.readAllLines(MODELS_MD)) {
			Matcher heading = TABLE.matcher(line);
			Matcher values = ENUM.matcher(line);
			if (heading.matches()) {
				table = heading.group(1);
			}
			else if (table != null && line.startsWith("| ") && !line.startsWith("| column")
					&& !line.startsWith("| ---")) {
				columns.add(table + "\t" + column(line));
			}
			else if (values.matches()) {
				for (String pair : values.group(2).split(", ")) {
					enums.add(values.group(1) + "\t" + pair.replaceFirst("=", "\t"));
				}
			}
		}
		assertThat(resource(PlatformModel.MODELS)).containsExactlyElementsOf(columns);
		assertThat(resource(PlatformModel.ENUMS)).containsExactlyElementsOf(enums);
	}

	@Test
	void insertCheckCoversEveryTable() {
		assertThat(InsertChecks.ORDER).containsExactlyInAnyOrderElementsOf(PlatformModel.get().tables().keySet());
		assertThat(PlatformModel.get().tables()).hasSize(20);
		assertThat(PlatformModel.get().members("AssessmentStatus")).contains("PENDING", "COMPLETED");
		assertThat(PlatformModel.get().values("AssetType")).contains("server", "load_balancer", "network");
	}

	/** A table row: column, type, null, default kind, default, references. */
	private static String column(String line) {
		String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
		String dflt = cells[3].trim();
		String[] kind = dflt.isEmpty() ? new String[] { "", "" } : dflt.split(": ", 2);
		return String.join("\t", cells[0].trim(), cells[1].trim(), cells[2].trim(), kind[0], kind[1], cells[4].trim());
	}

	private static List<String> resource(String name) {
		return PlatformModel.rows(name, name.equals(PlatformModel.MODELS) ? 7 : 3)
			.stream()
			.map((row) -> String.join("\t", row))
			.toList();
	}

}
