/**
 * The core-entities step: client accounts, engagements, users with their access and
 * roles, and each tenant's tags.
 */
package io.demoseeder.core;
