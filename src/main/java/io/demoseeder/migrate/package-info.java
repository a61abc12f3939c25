/**
 * The migrateSchema step: applies the Flyway migrations to the freshly reset database.
 */
package io.demoseeder.migrate;
