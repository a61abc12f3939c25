/**
 * Files written whole or not at all: a temporary file beside the real one, moved into
 * place in one step.
 */
package io.demoseeder.files;
