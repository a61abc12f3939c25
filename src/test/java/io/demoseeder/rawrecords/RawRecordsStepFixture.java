package io.demoseeder.rawrecords;

import java.time.LocalDate;

import io.demoseeder.plan.EntityIds;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.support.StepLauncher;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * What the tests of the raw-records step share: the run's context and ids, the step and
 * its launcher, and a target schema with the plan's rows (prepared before the subclass's
 * own {@code @BeforeAll} writes its files).
 */
public abstract class RawRecordsStepFixture {

	public static final SeedContext CONTEXT = new SeedContext(42, LocalDate.of(2026, 11, 24), 1);

	protected final EntityIds ids = new EntityIds(CONTEXT);

	@Autowired
	protected StepLauncher steps;

	@Autowired
	@Qualifier("rawImportRecordsStep")
	protected Step step;

	@BeforeAll
	static void prepareTarget() {
		RawRecordsTarget.prepare(CONTEXT);
	}

}
