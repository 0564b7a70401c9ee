package cn.kaowu.paper.sealing;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sealed paper as it is stored: the ciphertext (see {@link PaperCipher} for its format) with the
 * SHA-256 of the canonical content (see {@link CanonicalPaper}) and the fingerprint of the key.
 * The hash may be shown and printed (it proves which content was sealed without revealing it).
 *
 * @param paperCode      the paper code, also the associated data of the encryption
 * @param contentSha256  lowercase hex SHA-256 of the canonical content
 * @param keyFingerprint {@link SealingKey#fingerprint()} of the key used
 * @param ciphertext     version + key id + nonce + ciphertext + tag
 */
public record SealedPaper(String paperCode, String contentSha256, String keyFingerprint, byte[] ciphertext) {

    public SealedPaper {
        Objects.requireNonNull(paperCode, "paperCode");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(keyFingerprint, "keyFingerprint");
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedPaper other && paperCode.equals(other.paperCode)
                && contentSha256.equals(other.contentSha256) && keyFingerprint.equals(other.keyFingerprint)
                && Arrays.equals(ciphertext, other.ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paperCode, contentSha256, keyFingerprint, Arrays.hashCode(ciphertext));
    }

    @Override
    public String toString() {
        return "SealedPaper[" + paperCode + ", sha256=" + contentSha256 + ", key=" + keyFingerprint + ", "
                + ciphertext.length + " bytes]";
    }
}
