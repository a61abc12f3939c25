package io.demoseeder.support;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Lets one application of the test JVM at a time set up logging. The concurrent test
 * classes start CLI runs in this JVM, and Boot's {@link LoggingApplicationListener}
 * prepares and configures the one shared logback context as each starts: two at once once
 * failed a run with a {@code ConcurrentModificationException} from logback's
 * {@code LoggerContext.putProperty}. {@link Before} takes a JVM-wide lock before Boot's
 * listener sees the starting event; {@link After} gives it back once Boot's listener has
 * configured logging for the prepared environment, or when the start fails. The product
 * starts one application per JVM, so this is a concern of the tests only (registered in
 * {@code spring.factories}).
 */
public final class SerialLoggingStart {

	private static final ReentrantLock LOCK = new ReentrantLock();

	private SerialLoggingStart() {
	}

	/** Takes the lock before Boot's logging listener prepares logging. */
	public static final class Before implements GenericApplicationListener {

		@Override
		public boolean supportsEventType(ResolvableType eventType) {
			return ApplicationStartingEvent.class.isAssignableFrom(eventType.toClass());
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			LOCK.lock();
		}

		@Override
		public int getOrder() {
			return LoggingApplicationListener.DEFAULT_ORDER - 1;
		}

	}

	/**
	 * Gives it back after Boot's logging listener configured logging (or the start
	 * failed).
	 */
	public static final class After implements GenericApplicationListener {

		@Override
		public boolean supportsEventType(ResolvableType eventType) {
			Class<?> type = eventType.toClass();
			return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
					|| ApplicationFailedEvent.class.isAssignableFrom(type);
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (LOCK.isHeldByCurrentThread()) {
				LOCK.unlock();
			}
		}

		@Override
		public int getOrder() {
			return LoggingApplicationListener.DEFAULT_ORDER + 1;
		}

	}

}
