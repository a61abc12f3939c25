/**
 * One record per table of the demo schema, used as the items that the seeding steps
 * write.
 */
package io.demoseeder.model;
