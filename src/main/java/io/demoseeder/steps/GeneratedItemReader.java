package io.demoseeder.steps;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a deterministic, generated list of items. The list is made again on restart and
 * the base class skips the items already read, so the reader resumes where the step's
 * last committed chunk ended.
 */
public class GeneratedItemReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

	private final Supplier<List<T>> items;

	private List<T> current;

	public GeneratedItemReader(String name, Supplier<List<T>> items) {
		setName(name);
		this.items = items;
	}

	@Override
	protected void doOpen() {
		this.current = this.items.get();
	}

	@Override
	protected T doRead() {
		int index = getCurrentItemCount() - 1;
		return (index < this.current.size()) ? this.current.get(index) : null;
	}

	@Override
	protected void doClose() {
		this.current = null;
	}

}
