package io.demoseeder.config;

/** A setting is missing or wrong; the CLI exits with code 2. */
public class InvalidConfigurationException extends RuntimeException {

	public InvalidConfigurationException(String message) {
		super(message);
	}

}
