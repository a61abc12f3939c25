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

	private static PostgreSQLContainer container;

	private ContainerServer() {
	}

	static boolean dockerAvailable() {
		String host = System.getenv("DOCKER_HOST");
		if ((host == null || host.isBlank()) && !Files.exists(DOCKER_SOCKET)) {
			return false;
		}
		return DockerClientFactory.instance().isDockerAvailable();
	}

	/** The started container, which {@link ContainerConnection} declares to Spring. */
	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM ends
	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			PostgreSQLContainer started = new PostgreSQLContainer(IMAGE);
			started.start();
			container = started;
		}
		return container;
	}

	/** The container's own database, the one its connection details name. */
	static DatabaseLocation database() {
		PostgreSQLContainer started = container();
		return DatabaseLocation.parse(started.getJdbcUrl(), started.getUsername(), started.getPassword());
	}

	static DatabaseLocation start() {
		return database().maintenance();
	}

}
