/**
 * The validateDemo step: the checks of every category, their results and the report
 * handed to a publisher.
 */
package io.demoseeder.validation;
