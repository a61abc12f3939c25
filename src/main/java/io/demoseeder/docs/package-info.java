/**
 * The docs command: the schema reference and its Mermaid ER diagram generated from the
 * live catalog.
 */
package io.demoseeder.docs;
