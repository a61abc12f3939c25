package io.demoseeder;

import io.demoseeder.cli.SeederCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The command-line entry point: {@code main} returns the command's exit code to the
 * shell, as Spring Boot's batch smoke test does. The CLI starts this application for the
 * commands that need a Spring context; it is handed the class, so that the dependency
 * points one way, from here to the CLI.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoSeederApplication {

	public static void main(String[] args) {
		System.exit(SeederCli.execute(DemoSeederApplication.class, args));
	}

}
