package io.demoseeder.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.demoseeder.database.TargetDatabase;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * The embedded server of a command that may fall back to one, started on a thread of its
 * own as soon as the environment is known to name no database, so that initdb and the
 * server's start (one to several seconds, mostly in PostgreSQL's processes) overlap the
 * context's start instead of following it. The data sources take it; a server nobody took
 * is stopped when the context closes, or by {@link #close} when it failed to start.
 */
public final class EmbeddedHeadStart implements SmartApplicationListener {

	private CompletableFuture<TargetDatabase> server;

	/**
	 * After Boot's own listeners, so that the config files are part of the environment.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment().getProperty("seeder.db.url"));
		}
		else {
			close();
		}
	}

	private synchronized void start(String url) {
		if (this.server == null && (url == null || url.isBlank())) {
			CompletableFuture<TargetDatabase> started = new CompletableFuture<>();
			Thread thread = new Thread(() -> startServer(started), "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
			this.server = started;
		}
	}

	/**
	 * The server started early, which the caller then owns; null when none was started. A
	 * failed start fails here, as it would have failed in the caller.
	 */
	synchronized TargetDatabase take() {
		CompletableFuture<TargetDatabase> started = this.server;
		this.server = null;
		try {
			return (started != null) ? started.join() : null;
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/** Stops the server if it was started and nobody took it. */
	public void close() {
		CompletableFuture<TargetDatabase> started;
		synchronized (this) {
			started = this.server;
			this.server = null;
		}
		if (started != null) {
			started.thenAccept(TargetDatabase::close).exceptionally((ex) -> null).join();
		}
	}

	private static void startServer(CompletableFuture<TargetDatabase> started) {
		try {
			started.complete(TargetDatabase.embedded());
		}
		catch (RuntimeException | Error ex) {
			started.completeExceptionally(ex);
		}
	}

}
