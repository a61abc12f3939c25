/**
 * Text clean-up shared by the plan, the raw records and the backups: runs of whitespace
 * collapsed without a regex.
 */
package io.demoseeder.text;
