/**
 * Loading rows fast and restartably: COPY in PostgreSQL's binary or CSV format, and the
 * per-tenant partitioning of the stages.
 */
package io.demoseeder.bulk;
