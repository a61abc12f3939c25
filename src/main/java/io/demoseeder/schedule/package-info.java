/**
 * The schedule command's loop: a refresh at every tick of a cron expression, run
 * in-process, until stopped.
 */
package io.demoseeder.schedule;
