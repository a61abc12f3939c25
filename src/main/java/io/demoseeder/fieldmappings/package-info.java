/**
 * The field-mappings step: one import_field_mappings row per source column of every
 * import.
 */
package io.demoseeder.fieldmappings;
