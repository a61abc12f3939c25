/**
 * How the stages become steps: the {@link io.demoseeder.steps.StepFactory} that builds
 * chunk, tasklet and partitioned steps alike, the operator's failure point, and the run's
 * job-scoped seed context and plan.
 */
package io.demoseeder.steps;
