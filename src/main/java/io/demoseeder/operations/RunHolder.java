package io.demoseeder.operations;

import java.time.OffsetDateTime;

/** Who holds the run lock: recorded by the holder, read by whoever is refused. */
record RunHolder(String command, long pid, String host, OffsetDateTime since) {

	static RunHolder current(String command, OffsetDateTime since) {
		return new RunHolder(command, ProcessHandle.current().pid(), hostName(), since);
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "unknown host";
		}
	}

}
