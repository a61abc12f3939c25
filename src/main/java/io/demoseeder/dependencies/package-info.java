/**
 * The dependencies step: each asset's dependencies on others of its engagement, with the
 * cycles the demo shows.
 */
package io.demoseeder.dependencies;
