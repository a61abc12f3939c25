/**
 * The resetDatabase step and the safety guard that decides which databases may be
 * dropped.
 */
package io.demoseeder.reset;
