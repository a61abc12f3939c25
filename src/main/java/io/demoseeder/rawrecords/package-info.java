/**
 * The raw-records step: every import's source file read into raw_import_records, one
 * partition per import.
 */
package io.demoseeder.rawrecords;
