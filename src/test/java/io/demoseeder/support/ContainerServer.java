package io.demoseeder.support;

import java.nio.file.Files;
import java.nio.file.Path;

import io.demoseeder.database.DatabaseLocation;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Testcontainers container, one per test JVM, for machines with Docker.
 * Without a Docker socket or {@code DOCKER_HOST} nothing of Testcontainers is touched, so
 * a machine without Docker pays nothing for it.
 */
final class ContainerServer {

	/** The version the embedded server runs too. */
	static final String IMAGE = "postgres:15-alpine";

	private static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");

	private ContainerServer() {
	}

	static boolean dockerAvailable() {
		String host = System.getenv("DOCKER_HOST");
		if ((host == null || host.isBlank()) && !Files.exists(DOCKER_SOCKET)) {
			return false;
		}
		return DockerClientFactory.instance().isDockerAvailable();
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
	static DatabaseLocation start() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
		container.start();
		return DatabaseLocation.parse(container.getJdbcUrl(), container.getUsername(), container.getPassword())
			.maintenance();
	}

}
