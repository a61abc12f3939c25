package io.demoseeder.report;

import java.util.List;

/** What every chart draws with: the palette, a label's width, coordinates to a tenth. */
final class Drawing {

	static final String[] PALETTE = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
			"#ff9da7", "#9c755f", "#bab0ac" };

	/**
	 * A generous advance of one 12 px character (DejaVu Sans, the widest usual fallback).
	 */
	static final double CHAR = 7.6;

	static int width(List<String> labels) {
		return (int) Math.ceil(CHAR * labels.stream().mapToInt(String::length).max().orElse(0));
	}

	static String colour(int index) {
		return PALETTE[index % PALETTE.length];
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private Drawing() {
	}

}
