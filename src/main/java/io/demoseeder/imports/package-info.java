/**
 * The data-imports step: one data_imports row per planned import, linked to the flows
 * that read it.
 */
package io.demoseeder.imports;
