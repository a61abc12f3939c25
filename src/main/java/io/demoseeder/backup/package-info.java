/**
 * The backup step and the backup and restore commands: a verified pg_dump of the target,
 * or a JDBC zip read from the catalog when no matching pg_dump is installed. Each format
 * is one {@link io.demoseeder.backup.BackupFormat}, tried in the order of
 * {@link io.demoseeder.backup.BackupFormats}.
 */
package io.demoseeder.backup;
