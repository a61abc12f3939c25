/**
 * The generated rows of the input files: the assets of each import, drawn from the plan
 * and the seed, the demo tenant's named ones included.
 */
package io.demoseeder.inputs.generate;
