package io.demoseeder.docs;

import java.util.List;

/**
 * The Mermaid {@code erDiagram} block of {@code docs/schema.md}, from catalog rows
 * already in a stable order.
 */
final class MermaidErDiagram {

	private MermaidErDiagram() {
	}

	/**
	 * @param columns rows of (table, column, type, keys, type with modifier or "")
	 * ordered by table then position
	 * @param foreignKeys rows of (table, column, referenced table, referenced column,
	 * constraint, not null "t"/"f")
	 */
	static String render(List<String[]> columns, List<String[]> foreignKeys) {
		StringBuilder diagram = new StringBuilder("```mermaid\nerDiagram\n");
		String table = null;
		for (String[] column : columns) {
			if (!column[0].equals(table)) {
				diagram.append((table != null) ? "    }\n" : "").append("    ").append(column[0]).append(" {\n");
				table = column[0];
			}
			diagram.append("        ").append(column[2]).append(' ').append(column[1]);
			diagram.append(column[3].isEmpty() ? "" : " " + column[3]);
			// keep a precision such as numeric(4,3) as a comment
			diagram.append(column[4].isEmpty() ? "" : " \"" + column[4] + "\"").append('\n');
		}
		diagram.append((table != null) ? "    }\n" : "");
		for (String[] fk : foreignKeys) {
			// a nullable FK column: the child has zero or one parent
			String parentSide = "t".equals(fk[5]) ? "||" : "|o";
			diagram.append("    ").append(fk[2]).append(' ').append(parentSide).append("--o{ ").append(fk[0]);
			diagram.append(" : \"").append(fk[1]).append("\"\n");
		}
		return diagram.append("```\n").toString();
	}

}
