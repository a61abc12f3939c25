/**
 * The core-entities step: client accounts, engagements, users with their access and
 * roles, and the global tags.
 */
package io.demoseeder.core;
