/**
 * The plan kernel every stage reads: the run's context, the demo plan of tenants, imports
 * and flows, the ids derived from them and the shared vocabularies.
 */
package io.demoseeder.plan;
