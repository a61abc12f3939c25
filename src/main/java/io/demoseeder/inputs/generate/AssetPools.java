package io.demoseeder.inputs.generate;

/**
 * What the assets of one engagement draw from, so that names and addresses are unique in
 * it and owners are its people.
 */
record AssetPools(NameRegistry names, IpAllocator addresses, OwnerPool people) {
}
