/**
 * A digest of every demo table's rows, so that two runs can be compared for identical
 * data.
 */
package io.demoseeder.fingerprint;
