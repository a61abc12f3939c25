/**
 * Where the target database is, how it is created and dropped, and the embedded
 * PostgreSQL server used when no URL is given.
 */
package io.demoseeder.database;
