/**
 * The input-files step: the source file of every planned import in the input directory,
 * generated when missing, written by its format (inputs.format), described by a manifest.
 */
package io.demoseeder.inputs.files;
