/**
 * The picocli command line: one command per class, their options and the mapping of
 * outcomes to exit codes.
 */
package io.demoseeder.cli;
