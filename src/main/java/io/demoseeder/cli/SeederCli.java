package io.demoseeder.cli;

public final class SeederCli {

	private SeederCli() {
	}

	public static int execute(String[] args) {
		return 0;
	}

}
