/**
 * Text shared by the plan, the raw records, the backups and the bulk steps: runs of
 * whitespace collapsed without a regex, and the JSON text of the documents they write.
 */
package io.demoseeder.text;
