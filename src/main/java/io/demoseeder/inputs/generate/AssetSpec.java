package io.demoseeder.inputs.generate;

import io.demoseeder.inputs.generate.OwnerPool.Person;
import io.demoseeder.plan.AssetKind;

/**
 * One generated asset in canonical terms, before a source format spells it: the values
 * the cleansed record of its row will hold. {@code os} is a canonical {@code Vocabulary}
 * name, null for an application.
 */
record AssetSpec(AssetKind kind, Site site, String name, String hostname, String ipAddress, String subtype, String os,
		String osVersion, String technologyStack, int cpuCores, int memoryGb, int storageGb, String environment,
		String criticality, Person businessOwner, String team, Person technicalContact, String location,
		double cpuUtilization, double memoryUtilization) {
}
