package io.demoseeder.database;

/**
 * What the command that starts a context may do with the target: fall back to an embedded
 * server when no URL is configured, and drop the target (for {@code drops}: "reset",
 * "restore"; null when it does not). The CLI registers it as a bean before the context
 * refreshes; without one, the safe defaults of {@link #SAFE} apply.
 */
public record LaunchTarget(boolean embeddedServer, String drops) {

	/** No embedded server, nothing dropped: a context that no command started. */
	public static final LaunchTarget SAFE = new LaunchTarget(false, null);

}
