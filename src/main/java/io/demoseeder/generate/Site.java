package io.demoseeder.generate;

/**
 * Where the assets of a source file live: the hostname prefix, the location text and the
 * private address block whose subnets (one per environment) the IP allocator hands out.
 * The input formats say which is theirs ({@link SourceSystem#site()}).
 */
public enum Site {

	DC1("dc1", "Dallas DC1", 10, 10), DC2("dc2", "Chicago DC2", 10, 20), AWS("aws", "us-east-1", 172, 20);

	private final String code;

	private final String location;

	private final int firstOctet;

	private final int secondOctetBase;

	Site(String code, String location, int firstOctet, int secondOctetBase) {
		this.code = code;
		this.location = location;
		this.firstOctet = firstOctet;
		this.secondOctetBase = secondOctetBase;
	}

	String code() {
		return this.code;
	}

	String location() {
		return this.location;
	}

	boolean cloud() {
		return this == AWS;
	}

	int firstOctet() {
		return this.firstOctet;
	}

	/** Second octet of the environment's /16: one subnet per environment. */
	int secondOctet(int environmentIndex) {
		return this.secondOctetBase + environmentIndex;
	}

}
