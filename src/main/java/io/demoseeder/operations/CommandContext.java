package io.demoseeder.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;

import io.demoseeder.config.EmbeddedHeadStart;
import io.demoseeder.database.LaunchTarget;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context a command runs in: the application without web server, banner or
 * startup log, and the command's {@link LaunchTarget} as a bean, registered before the
 * refresh so that the data sources see it when they are created. For a command that may
 * use an embedded server, the {@link EmbeddedHeadStart} starts it while the context
 * starts.
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
		EmbeddedHeadStart headStart = new EmbeddedHeadStart();
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers((ConfigurableApplicationContext context) -> register(context, launch, headStart));
		if (target.embeddedServer()) {
			builder.listeners(headStart);
		}
		try {
			return builder.run(arguments.toArray(String[]::new));
		}
		catch (RuntimeException | Error ex) {
			headStart.close();
			throw ex;
		}
	}

	private static void register(ConfigurableApplicationContext context, LaunchTarget launch,
			EmbeddedHeadStart headStart) {
		context.getBeanFactory().registerSingleton("launchTarget", launch);
		context.getBeanFactory().registerSingleton("embeddedHeadStart", headStart);
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
