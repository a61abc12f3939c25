/**
 * The demo's input files: generated rows (generate), the formats that write and read them
 * (format), the files step (files) and the readers (read).
 */
package io.demoseeder.inputs;
