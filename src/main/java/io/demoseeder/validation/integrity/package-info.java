/**
 * Checks of the schema and of referential integrity: tables, foreign keys, their indexes,
 * row counts and tenant isolation.
 */
package io.demoseeder.validation.integrity;
