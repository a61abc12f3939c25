/**
 * demo-seeder: a Spring Batch application that backs up, resets, migrates, seeds and
 * validates the demo database of the cloud-migration discovery platform.
 */
package io.demoseeder;
