package io.demoseeder.dependencies;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** One engagement's landscape at a time, shared by its holders, loaded once. */
class LandscapeSlotTest {

	private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

	private final LandscapeSlot slot = new LandscapeSlot();

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void holdersOfTheSameEngagementShareOneLoad() {
		Landscape first = this.slot.take(FIRST, this::load);
		assertThat(this.slot.take(FIRST, this::load)).isSameAs(first);
		assertThat(this.loads).hasValue(1);
		this.slot.give();
		this.slot.give();
		// freed by the last holder: the next take loads again
		this.slot.take(FIRST, this::load);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void anotherEngagementWaitsUntilTheSlotIsGivenBack() throws Exception {
		this.slot.take(FIRST, this::load);
		CompletableFuture<Landscape> second = CompletableFuture.supplyAsync(() -> this.slot.take(SECOND, this::load));
		Thread.sleep(200);
		assertThat(second).isNotDone();
		this.slot.give();
		assertThat(second.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void aFailedLoadLeavesTheSlotFree() {
		// the loader's failure is the caller's
		assertThatIllegalStateException().isThrownBy(() -> this.slot.take(FIRST, () -> {
			throw new IllegalStateException("connection lost");
		})).withMessage("connection lost");
		assertThat(CompletableFuture.supplyAsync(() -> this.slot.take(SECOND, this::load))).succeedsWithin(10,
				TimeUnit.SECONDS);
	}

	private Landscape load() {
		this.loads.incrementAndGet();
		return new Landscape.Builder().build();
	}

}
