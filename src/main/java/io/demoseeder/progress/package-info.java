/**
 * Progress lines of long-running steps: items written and the rate, logged at a steady
 * pace.
 */
package io.demoseeder.progress;
