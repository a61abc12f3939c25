package io.demoseeder.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;

import io.demoseeder.database.LaunchTarget;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context a command runs in: the application without web server, banner or
 * startup log, and the command's {@link LaunchTarget} as a bean, registered before the
 * refresh so that the data sources see it when they are created.
 */
public final class CommandContext {

	private CommandContext() {
	}

	/**
	 * Started with {@code arguments} as Spring Boot takes them; for a command that seeds
	 * ({@link Target#warmUp}), the {@link StartupWarmUp} runs alongside.
	 */
	public static ConfigurableApplicationContext start(Class<?> application, Target target, List<String> arguments) {
		if (target.warmUp()) {
			StartupWarmUp.start();
		}
		LaunchTarget launch = new LaunchTarget(target.embeddedServer(),
				target.drops().isEmpty() ? null : target.drops());
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers((ConfigurableApplicationContext context) -> context.getBeanFactory()
				.registerSingleton("launchTarget", launch))
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * What a command does with the target database, which decides how its context starts;
	 * a command without it needs no context.
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(ElementType.TYPE)
	public @interface Target {

		/** Without a database URL, an embedded PostgreSQL may serve as the target. */
		boolean embeddedServer() default false;

		/**
		 * What dropping the target is for ("reset", "restore"), if the command drops it:
		 * the safety guard checks it before anything is created on the server.
		 */
		String drops() default "";

		/** The command seeds: the libraries it needs load while Spring starts. */
		boolean warmUp() default false;

	}

}
