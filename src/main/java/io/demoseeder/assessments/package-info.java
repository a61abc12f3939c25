/**
 * The assessments step: technical, risk, performance and security assessments of every
 * asset, with findings and a recommended 6R strategy.
 */
package io.demoseeder.assessments;
