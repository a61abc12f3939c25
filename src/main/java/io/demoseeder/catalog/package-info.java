/**
 * Kernel: what the target database is, read from its catalog: each table's columns,
 * types, nullability, defaults, allowed values and keys, and the rule that gives an
 * unknown NOT NULL column its value. Every writer asks here, so a schema the seeder did
 * not build is met in one place.
 */
package io.demoseeder.catalog;
