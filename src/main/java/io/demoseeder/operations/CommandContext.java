package io.demoseeder.operations;

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
	 * ({@code warmUp}), the {@link StartupWarmUp} runs alongside.
	 */
	public static ConfigurableApplicationContext start(Class<?> application, LaunchTarget target, boolean warmUp,
			List<String> arguments) {
		if (warmUp) {
			StartupWarmUp.start();
		}
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.initializers((ConfigurableApplicationContext context) -> context.getBeanFactory()
				.registerSingleton("launchTarget", target))
			.run(arguments.toArray(String[]::new));
	}

}
