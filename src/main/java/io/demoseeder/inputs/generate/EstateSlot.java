package io.demoseeder.inputs.generate;

/**
 * One named asset of the demo's estate: {@code name} null for servers (their host name is
 * their name), {@code role} the host-name part between "demo-" and the environment,
 * {@code subtype} null to draw one.
 */
record EstateSlot(String name, String role, String environment, String criticality, String os, String osVersion,
		String stack, String subtype) {
}
