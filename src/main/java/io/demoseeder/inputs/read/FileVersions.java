package io.demoseeder.inputs.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What this process worked out from a file's bytes, kept per version of the file: its
 * size, modification time and identity. A run reads each input file when it prepares the
 * inputs, when it partitions the imports and when it imports them; what one pass learnt
 * (a digest, a row count) the next takes from here while the file is the same, and works
 * out again once it changed.
 *
 * @param <T> what is worked out
 */
public final class FileVersions<T> {

	private final Map<Key, Known<T>> known = new ConcurrentHashMap<>();

	/**
	 * The answer to {@code question} (anything the answer depends on besides the bytes)
	 * about {@code file}: the one worked out before for this version of the file, or
	 * {@code work}'s.
	 */
	public T get(Path file, Object question, Supplier<T> work) {
		BasicFileAttributes before = attributes(file);
		Key key = new Key(file.toAbsolutePath().normalize(), question);
		Known<T> answer = this.known.get(key);
		if (answer != null && answer.sameVersion(before)) {
			return answer.value();
		}
		T value = work.get();
		this.known.put(key, new Known<>(before.size(), before.lastModifiedTime(), before.fileKey(), value));
		return value;
	}

	private static BasicFileAttributes attributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private record Key(Path file, Object question) {
	}

	/** An answer about a file as it was. */
	private record Known<T>(long size, FileTime modified, Object fileKey, T value) {

		boolean sameVersion(BasicFileAttributes now) {
			return now.size() == this.size && now.lastModifiedTime().equals(this.modified)
					&& Objects.equals(now.fileKey(), this.fileKey);
		}

	}

}
