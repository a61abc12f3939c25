package io.demoseeder.additions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import people added, rebuilt as the file it came in: its raw records'
 * {@code raw_data} in {@code record_index} order, written by the seeder's own writer of
 * the format its file name (or MIME type) names, with the columns in the order the
 * records first name them, so that the reader of that format reads the same records back.
 */
record PreservedImport(RowChange dataImport, SourceFormat format, String fileName, int records) {

	private static final String RAW_DATA = """
			SELECT raw_data::text FROM migration.raw_import_records WHERE data_import_id = CAST(? AS uuid)
			ORDER BY record_index""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
	};

	/** The format of an import's file, when it is one the seeder reads. */
	static Optional<SourceFormat> formatOf(RowChange dataImport) {
		String name = String.valueOf(dataImport.text("filename")).toLowerCase(Locale.ROOT);
		String mime = String.valueOf(dataImport.text("mime_type"));
		for (SourceFormat format : SourceFormat.values()) {
			if (name.endsWith(extension(format)) || mime.equals(format.mimeType())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/**
	 * Writes the import's file into {@code folder} under a name not in {@code taken} (its
	 * own file name, numbered when two imports share one).
	 */
	static PreservedImport write(JdbcTemplate jdbc, RowChange dataImport, SourceFormat format, Path folder,
			Set<String> taken, SeedContext context) throws IOException {
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> columns = new LinkedHashSet<>();
		jdbc.query(RAW_DATA, (rs) -> {
			Map<String, Object> fields = JSON.readValue(rs.getString(1), FIELDS);
			columns.addAll(fields.keySet());
			rows.add(fields);
		}, dataImport.key());
		String fileName = unique(Path.of(String.valueOf(dataImport.text("filename"))).getFileName().toString(), format,
				taken);
		InputFormats.of(format).writer().write(List.copyOf(columns), rows, folder.resolve(fileName), context);
		return new PreservedImport(dataImport, format, fileName, rows.size());
	}

	/** ".csv" of {@code cmdb_export.csv}: the extension of the format's own file name. */
	private static String extension(SourceFormat format) {
		return format.fileName().substring(format.fileName().lastIndexOf('.'));
	}

	static String unique(String fileName, SourceFormat format, Set<String> taken) {
		String extension = extension(format);
		String base = fileName.toLowerCase(Locale.ROOT).endsWith(extension)
				? fileName.substring(0, fileName.length() - extension.length()) : fileName;
		String candidate = base + extension;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = base + "-" + n + extension;
		}
		return candidate;
	}

}
