/**
 * Loading rows fast and restartably: COPY in PostgreSQL's binary or CSV format, with a
 * staging fallback when a replayed chunk meets rows already there.
 */
package io.demoseeder.copy;
