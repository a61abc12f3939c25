/**
 * The assets step: every valid, processed record of a completed import becomes an asset
 * with its 6R strategy, wave and tags.
 */
package io.demoseeder.assets;
