/**
 * Checks that the platform's own backend can use the demo: search path, logins, user
 * context, pages, writes and defaults over plain JDBC with varchar parameters.
 */
package io.demoseeder.validation.platform;
