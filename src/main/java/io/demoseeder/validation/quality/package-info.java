/**
 * Checks that the demo reads like real data: value distributions, the pages' queries and
 * their speed.
 */
package io.demoseeder.validation.quality;
