package io.demoseeder.waves;

import io.demoseeder.model.Migration;
import io.demoseeder.model.MigrationWave;

/**
 * One item of the waves step: a wave, and with each engagement's first wave the migration
 * programme the engagement's assets and assessments point at (else null).
 */
record PlannedWave(MigrationWave wave, Migration migration) {
}
