/**
 * The migration-waves step: every engagement's waves and its migration programme.
 */
package io.demoseeder.waves;
