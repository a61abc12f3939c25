/**
 * The picocli command line: one command per class, their options and the wording of a
 * wrong command line; the exit codes of the outcomes are the operations'.
 */
package io.demoseeder.cli;
