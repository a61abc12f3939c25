/**
 * The backup step and the backup and restore commands: a verified pg_dump of the target,
 * or a JDBC zip read from the catalog when no matching pg_dump is installed.
 */
package io.demoseeder.backup;
