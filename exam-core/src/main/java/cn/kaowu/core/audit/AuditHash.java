package cn.kaowu.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit entry: SHA-256 over its predecessor's hash and its own fields, in a
 * fixed order with a separator that cannot occur in the fields unescaped.
 */
public final class AuditHash {

    /** The predecessor hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, Instant occurredAt, String actor, String actorRole,
                            String action, String targetType, String targetId, String detail) {
        String canonical = String.join("\u001f",
                previousHash, String.valueOf(occurredAt.toEpochMilli()), actor, actorRole,
                action, targetType, targetId, detail);
        return sha256Hex(canonical);
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
