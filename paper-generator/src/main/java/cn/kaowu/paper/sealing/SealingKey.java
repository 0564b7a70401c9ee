package cn.kaowu.paper.sealing;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The AES-256 key papers are sealed with. It comes from configuration only — property
 * {@value #PROPERTY} (environment variable {@value #ENVIRONMENT_VARIABLE}), the Base64 of 32 random
 * bytes — never from code or the database. Generate one with {@code openssl rand -base64 32} or
 * {@code java -cp paper-generator.jar cn.kaowu.paper.sealing.SealingKeyGenerator}.
 *
 * <p>Its {@linkplain #fingerprint() fingerprint} (first 8 hex digits of the SHA-256 of the key) is
 * stored with every sealed paper; {@link #verifyKeyAgainst(String)} at start-up tells an operator
 * who configured a different key before any paper fails to open.
 */
public final class SealingKey {

    public static final String PROPERTY = "kaowu.sealing.key";
    public static final String ENVIRONMENT_VARIABLE = "KAOWU_SEALING_KEY";
    public static final int LENGTH_BYTES = 32;

    private static final String HOW_TO_GENERATE =
            "可用 openssl rand -base64 32 生成，并设置到配置项 " + PROPERTY + "（或环境变量 " + ENVIRONMENT_VARIABLE + "）。";

    private final byte[] key;
    private final String fingerprint;

    private SealingKey(byte[] key) {
        this.key = key;
        this.fingerprint = HexFormat.of().formatHex(sha256(key), 0, 4);
    }

    /**
     * Reads the configured value.
     *
     * @throws SealingException in Chinese when the value is missing, not Base64, or not 32 bytes
     */
    public static SealingKey fromBase64(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new SealingException("未配置封卷密钥：请设置配置项 " + PROPERTY + "（或环境变量 "
                    + ENVIRONMENT_VARIABLE + "）为 32 字节随机密钥的 Base64 编码。" + "可用 openssl rand -base64 32 生成。");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new SealingException("封卷密钥 " + PROPERTY + " 不是有效的 Base64 编码（" + e.getMessage() + "）。"
                    + HOW_TO_GENERATE, e);
        }
        if (bytes.length != LENGTH_BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new SealingException("封卷密钥 " + PROPERTY + " 长度错误：应为 32 字节（AES-256），实际为 " + length
                    + " 字节。" + HOW_TO_GENERATE);
        }
        return new SealingKey(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** A new random key (for the key generator and for tests). */
    public static SealingKey generate() {
        byte[] bytes = new byte[LENGTH_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new SealingKey(bytes);
    }

    /** The value to put into {@value #PROPERTY}. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** First 8 lowercase hex digits of the SHA-256 of the key: stored with each sealed paper, safe to show. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The 4 bytes behind the fingerprint, written as the key id into every ciphertext. */
    byte[] keyId() {
        return HexFormat.of().parseHex(fingerprint);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(key, "AES");
    }

    /**
     * Checks that this key is the one a sealed paper was sealed with.
     *
     * @param storedFingerprint the fingerprint stored with a sealed paper
     * @throws SealingException in Chinese when it differs
     */
    public void verifyKeyAgainst(String storedFingerprint) {
        if (storedFingerprint == null || !fingerprint.equalsIgnoreCase(storedFingerprint.strip())) {
            throw new SealingException("封卷密钥不正确：已封存的试卷使用指纹为 " + storedFingerprint
                    + " 的密钥封存，当前配置的密钥指纹为 " + fingerprint + "。请将配置项 " + PROPERTY + "（或环境变量 "
                    + ENVIRONMENT_VARIABLE + "）改回封卷时使用的密钥，否则已封存的试卷无法解密。");
        }
    }

    @Override
    public String toString() {
        return "SealingKey[fingerprint=" + fingerprint + "]";
    }
}
