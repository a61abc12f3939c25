package io.demoseeder.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test of steps, in the spirit of {@code @SpringBatchTest}: the application's context
 * on a migrated database of its own, {@link StepLauncher} and Spring Batch's
 * {@code JobOperatorTestUtils}. Classes whose configuration is equal share one context
 * and its database; {@link StepTestDatabase} gives each class the database as freshly
 * migrated, an empty job repository and an empty input directory, so no class depends on
 * another or on their order. Settings that change how steps are built (chunk size, input
 * limits) go in {@code @TestPropertySource} and make a context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@SpringBatchTest
@ContextConfiguration(initializers = StepTestDatabase.Initializer.class)
@Import({ StepTestConfiguration.class, ContainerConnection.class })
@TestExecutionListeners(listeners = StepTestDatabase.Listener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface SeederStepTest {

	/**
	 * {@code STEP[:ITEMS]} as {@code --fail-at} takes it, armed for this class only
	 * (once, as in a process); empty for none.
	 */
	String failAt() default "";

}
