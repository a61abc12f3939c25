/**
 * The discovery-flows step: each planned flow's master row and discovery-flow row with
 * their JSON documents.
 */
package io.demoseeder.flows;
