package io.demoseeder.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bcrypt hashes this JVM made or verified, with the password each one hashes. bcrypt
 * is slow by design (~70 ms a hash under the launcher's C1 compiler): a run that writes a
 * user's hash, then logs in as that user to validate the demo, need not hash twice, nor a
 * schedule that validates the same hashes every night.
 */
public final class BcryptHashes {

	private static final Map<String, String> passwords = new ConcurrentHashMap<>();

	private BcryptHashes() {
	}

	/** Remembers that {@code hash} is a bcrypt hash of {@code password}. */
	public static void remember(String password, String hash) {
		passwords.put(hash, password);
	}

	/**
	 * Whether {@code hash} is known to be a bcrypt hash of {@code password}; false says
	 * only that it is not known (check it).
	 */
	public static boolean known(String password, String hash) {
		return password.equals(passwords.get(hash));
	}

}
