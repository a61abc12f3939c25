package io.demoseeder.copy;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * inet's binary form: family, prefix bits, is-cidr, address length, address bytes. Only
 * literal addresses (with an optional {@code /bits}): a name is never resolved.
 */
final class BinaryInet {

	/** PGSQL_AF_INET and PGSQL_AF_INET6 (AF_INET and AF_INET + 1 on the server). */
	private static final int FAMILY_IPV4 = 2;

	private static final int FAMILY_IPV6 = 3;

	private BinaryInet() {
	}

	static void write(String text, RowBuffer out) {
		try {
			writeLiteral(text, out);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an inet value: '" + text + "'", ex);
		}
	}

	private static void writeLiteral(String text, RowBuffer out) throws UnknownHostException {
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text.strip() : text.substring(0, slash).strip();
		byte[] bytes = literal(address, text);
		int bits = (slash < 0) ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1).strip());
		if (bits < 0 || bits > bytes.length * 8) {
			throw new IllegalArgumentException("not an inet value: '" + text + "'");
		}
		out.writeByte((bytes.length == 4) ? FAMILY_IPV4 : FAMILY_IPV6);
		out.writeByte(bits);
		out.writeByte(0);
		out.writeByte(bytes.length);
		out.write(bytes);
	}

	private static byte[] literal(String address, String text) throws UnknownHostException {
		if (address.indexOf(':') >= 0) {
			// an IPv6 literal: InetAddress parses it without a lookup; it makes
			// ::ffff:a.b.c.d
			// an IPv4 address, which the server keeps as IPv6
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 4) {
				byte[] mapped = new byte[16];
				mapped[10] = (byte) 0xFF;
				mapped[11] = (byte) 0xFF;
				System.arraycopy(bytes, 0, mapped, 12, 4);
				return mapped;
			}
			return bytes;
		}
		String[] octets = address.split("\\.", -1);
		if (octets.length != 4) {
			throw new IllegalArgumentException("not an inet value: '" + text + "'");
		}
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			int octet = Integer.parseInt(octets[i]);
			if (octet < 0 || octet > 255 || octets[i].length() > 3) {
				throw new IllegalArgumentException("not an inet value: '" + text + "'");
			}
			bytes[i] = (byte) octet;
		}
		return bytes;
	}

}
