package io.demoseeder.copy;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;

/**
 * Reads chosen components of a record into a row of values, through one small class per
 * component that calls its accessor directly (what a lambda {@code Asset::name} compiles
 * to). {@code Method.invoke} did the same at ~180 ns a call under the launcher's C1: 0.8
 * CPU-s of a scale-1000 run, where these take a tenth of that.
 */
final class RecordComponents implements Function<Object, Object[]> {

	private final Function<Object, Object>[] getters;

	private RecordComponents(Function<Object, Object>[] getters) {
		this.getters = getters;
	}

	/** The values of {@code accessors} (of one record type), in their order. */
	@SuppressWarnings("unchecked")
	static RecordComponents of(Class<? extends Record> recordType, List<Method> accessors) {
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(recordType, MethodHandles.lookup());
			Function<Object, Object>[] getters = new Function[accessors.size()];
			for (int i = 0; i < getters.length; i++) {
				getters[i] = getter(lookup, accessors.get(i));
			}
			return new RecordComponents(getters);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("cannot read the components of " + recordType.getName(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Function<Object, Object> getter(MethodHandles.Lookup lookup, Method accessor) throws Throwable {
		MethodHandle handle = lookup.unreflect(accessor);
		CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
				MethodType.methodType(Object.class, Object.class), handle, handle.type().wrap());
		return (Function<Object, Object>) site.getTarget().invoke();
	}

	@Override
	public Object[] apply(Object item) {
		Object[] values = new Object[this.getters.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.getters[i].apply(item);
		}
		return values;
	}

}
