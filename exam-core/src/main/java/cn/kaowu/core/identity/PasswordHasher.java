package cn.kaowu.core.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;

/** bcrypt with cost 12; verification runs in constant time for any stored hash. */
public final class PasswordHasher {

    private static final int COST = 12;
    /** Compared against when the account does not exist, so timing does not reveal usernames. */
    private static final String DUMMY_HASH = new String(
            BCrypt.withDefaults().hash(COST, "kaowu-dummy-password".toCharArray()), StandardCharsets.UTF_8);

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(COST, password);
    }

    public static boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash == null ? DUMMY_HASH : hash).verified;
    }

    /** Burns the same time as a real verification. */
    static void verifyAgainstDummy(char[] password) {
        BCrypt.verifyer().verify(password, DUMMY_HASH);
    }
}
