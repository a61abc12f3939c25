/**
 * The lifecycle of a run around the job: resume or start, settle killed executions, the
 * advisory lock and a graceful stop; the context a command starts, and its outcome as an
 * exit code.
 */
package io.demoseeder.operations;
