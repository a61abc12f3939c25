package io.demoseeder.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * One progress line of a running step: items written so far, the expected total when the
 * step published one, the rate since the step started and the time left at that rate
 * (once 1 % is written).
 */
record ProgressLine(String stepName, long written, Long expected, Duration elapsed) {

	String format() {
		StringBuilder line = new StringBuilder("progress ").append(this.stepName).append(": ").append(this.written);
		if (this.expected != null) {
			line.append('/').append(this.expected);
		}
		line.append(" items written");
		double rate = rate();
		line.append(String.format(Locale.ROOT, ", %.1f items/s", rate));
		// before 1 % is written the rate says little (a partitioned step's first chunks
		// commit late: "13 h left" for a step of two minutes), so no time left yet
		if (this.expected != null && rate > 0 && this.expected >= this.written && this.written * 100 >= this.expected) {
			long secondsLeft = Math.round((this.expected - this.written) / rate);
			line.append(", about ").append(human(Duration.ofSeconds(secondsLeft))).append(" left");
		}
		return line.toString();
	}

	double rate() {
		long millis = this.elapsed.toMillis();
		return (millis <= 0) ? 0 : this.written * 1000.0 / millis;
	}

	private static String human(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		return (seconds / 3600) + " h " + ((seconds % 3600) / 60) + " min";
	}

}
