/**
 * Renders the validation report as Markdown, HTML with SVG charts and JUnit XML from
 * Thymeleaf templates.
 */
package io.demoseeder.report;
