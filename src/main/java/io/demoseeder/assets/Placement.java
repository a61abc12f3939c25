package io.demoseeder.assets;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import io.demoseeder.plan.AssetKind;

/**
 * Where an asset is and how it is reached: FQDN, MAC address, data center, rack and
 * availability zone. A cloud asset (its location an AWS region) has a zone and no rack;
 * one in a data center a rack and no zone; an application, which runs on servers, has
 * neither, nor a MAC address. MAC prefixes are the vendors' own: VMware for data-center
 * servers, F5 and Palo Alto for their appliances, AWS's locally administered ones.
 */
record Placement(String fqdn, String macAddress, String location, String datacenter, String rackLocation,
		String availabilityZone) {

	/** An AWS region ("us-east-1"): compiled once, not at every asset. */
	private static final Pattern CLOUD_REGION = Pattern.compile("[a-z]{2}-[a-z]+-\\d");

	static Placement of(String tenantKey, String hostname, String location, String assetType, Optional<AssetKind> kind,
			UUID id, Random random) {
		boolean cloud = location != null && CLOUD_REGION.matcher(location).matches();
		boolean application = "application".equals(assetType);
		String rack = "R" + twoDigits(1 + random.nextInt(24)) + "-U" + twoDigits(1 + 2 * random.nextInt(20));
		String zone = location + (char) ('a' + random.nextInt(3));
		return new Placement(fqdn(tenantKey, hostname, cloud), application ? null : mac(kind, cloud, id), location,
				datacenter(location, cloud),
				(cloud || application || location == null) ? null : site(location) + "-" + rack, cloud ? zone : null);
	}

	private static String fqdn(String tenantKey, String hostname, boolean cloud) {
		if (hostname == null || hostname.contains(".")) {
			return hostname;
		}
		return hostname.toLowerCase(Locale.ROOT) + (cloud ? ".ec2.internal" : "." + tenantKey + ".local");
	}

	private static String mac(Optional<AssetKind> kind, boolean cloud, UUID id) {
		String prefix = switch (kind.orElse(AssetKind.SERVER_LINUX)) {
			case LOAD_BALANCER -> "00:01:d7";
			case FIREWALL -> "00:1b:17";
			default -> cloud ? "0a:1f:4c" : "00:50:56";
		};
		long bits = id.getLeastSignificantBits();
		HexFormat hex = HexFormat.of();
		return prefix + ":" + hex.toHexDigits((byte) ((bits >>> 16) & 0x3f)) + ":"
				+ hex.toHexDigits((byte) (bits >>> 8)) + ":" + hex.toHexDigits((byte) bits);
	}

	/** 1 to 99 as two digits ("%02d" without a Formatter per asset). */
	private static String twoDigits(int number) {
		return (number < 10) ? "0" + number : Integer.toString(number);
	}

	private static String datacenter(String location, boolean cloud) {
		if (location == null) {
			return null;
		}
		return cloud ? "AWS " + location : location;
	}

	/** "Dallas DC1" -> "DC1". */
	private static String site(String location) {
		String[] words = location.split(" ");
		return words[words.length - 1].toUpperCase(Locale.ROOT);
	}

}
