/**
 * The record of what a seeding wrote ({@code demo_seeder.seeded_rows}), taken when the
 * tables are constrained, so that the next refresh can tell the seeder's rows from those
 * people added or changed since.
 */
package io.demoseeder.seededrows;
