package io.demoseeder.dependencies;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An engagement's landscape is shared by its holders and loaded once; another
 * engagement's loads beside it only while the landscapes in use are within the budget.
 */
class LandscapeSlotTest {

	private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");

	/** One landscape at a time: no budget beside it. */
	private final LandscapeSlot slot = new LandscapeSlot(0);

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void holdersOfTheSameEngagementShareOneLoad() {
		Landscape first = this.slot.take(FIRST, this::load);
		assertThat(this.slot.take(FIRST, this::load)).isSameAs(first);
		assertThat(this.loads).hasValue(1);
		this.slot.give(FIRST);
		this.slot.give(FIRST);
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
		this.slot.give(FIRST);
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

	@Test
	void smallLandscapesOfTwoEngagementsAreHeldSideBySide() throws Exception {
		LandscapeSlot roomy = new LandscapeSlot(3);
		roomy.take(FIRST, () -> load(2));
		// two assets held, within the budget of three: the second loads at once
		assertThat(CompletableFuture.supplyAsync(() -> roomy.take(SECOND, () -> load(2)))).succeedsWithin(10,
				TimeUnit.SECONDS);
		// four held: a third engagement waits until enough are given back
		UUID third = UUID.fromString("00000000-0000-0000-0000-000000000003");
		CompletableFuture<Landscape> waiting = CompletableFuture.supplyAsync(() -> roomy.take(third, () -> load(1)));
		Thread.sleep(200);
		assertThat(waiting).isNotDone();
		roomy.give(FIRST);
		assertThat(waiting.get(10, TimeUnit.SECONDS).assets()).isOne();
		assertThat(this.loads).hasValue(3);
	}

	/** A landscape of {@code assets} assets. */
	private Landscape load(int assets) {
		this.loads.incrementAndGet();
		Landscape.Builder landscape = new Landscape.Builder();
		for (int i = 0; i < assets; i++) {
			landscape.add(LandscapeTest.server(new UUID(0, i + 1), "srv-" + i, "production"));
		}
		return landscape.build();
	}

	private Landscape load() {
		this.loads.incrementAndGet();
		return new Landscape.Builder().build();
	}

}
