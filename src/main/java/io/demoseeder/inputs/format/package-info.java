/**
 * The input formats, each one type ({@link io.demoseeder.inputs.format.InputFormat}): its
 * reader, its writer, its source system's spellings and its story, registered in
 * {@link io.demoseeder.inputs.format.InputFormats}. Above the readers (inputs.read) and
 * the generator, which know no format; below the stages that read and write input files.
 * The file writers are here because only the formats use them.
 */
package io.demoseeder.inputs.format;
