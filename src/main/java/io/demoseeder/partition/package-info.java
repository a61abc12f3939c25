/**
 * Splitting a bulk step into partitions per tenant (or per file) and reading one
 * partition's rows back as records.
 */
package io.demoseeder.partition;
