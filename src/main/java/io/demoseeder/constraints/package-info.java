/**
 * The constraints step: after the last bulk step, the migrations that give the bulk
 * tables their secondary indexes and foreign keys back.
 */
package io.demoseeder.constraints;
