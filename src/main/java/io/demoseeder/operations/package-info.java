/**
 * The lifecycle of a run around the job: resume or start, settle killed executions, the
 * advisory lock and a graceful stop.
 */
package io.demoseeder.operations;
