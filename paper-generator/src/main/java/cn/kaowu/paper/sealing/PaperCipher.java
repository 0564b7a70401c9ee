package cn.kaowu.paper.sealing;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * AES-256-GCM encryption of a paper's canonical bytes.
 *
 * <p>Sealed format, version 1 ({@value #HEADER_LENGTH}-byte header, then the GCM output):
 * <pre>
 * offset 0      1 byte   version = 0x01
 * offset 1      4 bytes  key id = first 4 bytes of SHA-256(key) (the key's fingerprint)
 * offset 5     12 bytes  nonce, random for every encryption
 * offset 17     n bytes  ciphertext followed by the 16-byte GCM tag
 * </pre>
 * The associated data is the paper id in UTF-8 (the caller's identifier of the paper, e.g. its
 * paper code), so a ciphertext copied onto another paper's row does not open. Thread-safe.
 */
public final class PaperCipher {

    public static final byte VERSION = 1;
    static final int KEY_ID_LENGTH = 4;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;
    public static final int HEADER_LENGTH = 1 + KEY_ID_LENGTH + NONCE_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SealingKey key;

    public PaperCipher(SealingKey key) {
        this.key = key;
    }

    /** Encrypts with a fresh random nonce; two encryptions of the same bytes differ. */
    public byte[] encrypt(byte[] plaintext, String paperId) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(paperId));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER_LENGTH + sealed.length)
                    .put(VERSION).put(key.keyId()).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new SealingException("试卷加密失败：" + e.getMessage(), e);
        }
    }

    /**
     * Decrypts and authenticates.
     *
     * @throws SealingException in Chinese when the key is not the one the paper was sealed with, or the
     *                          ciphertext was altered, damaged, or belongs to another paper
     */
    public byte[] decrypt(byte[] sealed, String paperId) {
        if (sealed == null || sealed.length < HEADER_LENGTH + TAG_BITS / 8) {
            throw new SealingException("无法解密试卷 " + paperId + "：密文不完整（" + (sealed == null ? 0 : sealed.length)
                    + " 字节），可能已损坏。");
        }
        if (sealed[0] != VERSION) {
            throw new SealingException("无法解密试卷 " + paperId + "：未知的密文版本 " + sealed[0] + "（本系统支持版本 "
                    + VERSION + "），密文可能已损坏。");
        }
        byte[] keyId = Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_LENGTH);
        if (!Arrays.equals(keyId, key.keyId())) {
            throw new SealingException("封卷密钥不正确：无法解密试卷 " + paperId + "。该试卷用指纹为 "
                    + HexFormat.of().formatHex(keyId) + " 的密钥封存，当前配置的密钥指纹为 " + key.fingerprint()
                    + "。请将配置项 " + SealingKey.PROPERTY + "（或环境变量 " + SealingKey.ENVIRONMENT_VARIABLE
                    + "）改回封卷时使用的密钥。");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(),
                    new GCMParameterSpec(TAG_BITS, sealed, 1 + KEY_ID_LENGTH, NONCE_LENGTH));
            cipher.updateAAD(associatedData(paperId));
            return cipher.doFinal(sealed, HEADER_LENGTH, sealed.length - HEADER_LENGTH);
        } catch (AEADBadTagException e) {
            throw new SealingException("无法解密试卷 " + paperId + "：密文校验失败。密文已被篡改或损坏，或不属于该试卷；"
                    + "请从备份恢复该试卷或重新生成并封卷。", e);
        } catch (GeneralSecurityException e) {
            throw new SealingException("无法解密试卷 " + paperId + "：" + e.getMessage(), e);
        }
    }

    private static byte[] associatedData(String paperId) {
        if (paperId == null || paperId.isEmpty()) {
            throw new IllegalArgumentException("试卷标识不能为空：封卷以试卷标识作为关联数据。");
        }
        return paperId.getBytes(StandardCharsets.UTF_8);
    }

    /** The fingerprint of the key a ciphertext was sealed with, read from its header. */
    public static String keyFingerprintOf(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < HEADER_LENGTH) {
            throw new SealingException("封卷密文不完整，无法读取密钥指纹");
        }
        return HexFormat.of().formatHex(ciphertext, 1, 1 + KEY_ID_LENGTH);
    }
}
