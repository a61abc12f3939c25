package io.demoseeder.inputs.generate;

import java.util.Locale;

/**
 * Where the assets of a source file live: the hostname prefix and its place, the location
 * text and the private address block whose subnets (one per environment) the IP allocator
 * hands out. The input formats say which is theirs ({@link SourceSystem#site()}).
 */
public enum Site {

	DC1(new Place("Dallas DC1", 10, 10)), DC2(new Place("Chicago DC2", 10, 20)), AWS(new Place("us-east-1", 172, 20));

	private final Place place;

	Site(Place place) {
		this.place = place;
	}

	/** The hostname prefix: "dc1", "aws". */
	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	String location() {
		return this.place.location();
	}

	boolean cloud() {
		return this == AWS;
	}

	int firstOctet() {
		return this.place.firstOctet();
	}

	/** Second octet of the environment's /16: one subnet per environment. */
	int secondOctet(int environmentIndex) {
		return this.place.secondOctetBase() + environmentIndex;
	}

	/** The location text and the first two octets of the site's address block. */
	private record Place(String location, int firstOctet, int secondOctetBase) {
	}

}
