/**
 * Before the reset: what people added to the demo or changed in it since the last
 * seeding, found by comparing the database with that seeding's record
 * ({@code seededrows}), kept beside the backup in reusable form and said in the log.
 */
package io.demoseeder.additions;
