/**
 * The seedDemo job: the order of the steps, its parameters and the operator's fault
 * injection.
 */
package io.demoseeder.job;
