/**
 * Streaming readers of CSV, JSON and .xlsx source files, each checking its file whole
 * when opened and resuming at a saved row.
 */
package io.demoseeder.inputs.read;
