/**
 * The validated {@code seeder.*} settings, the target and job-repository data sources and
 * their transaction managers.
 */
package io.demoseeder.config;
