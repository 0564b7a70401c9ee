package cn.kaowu.paper.sealing;

import cn.kaowu.paper.domain.PaperContent;

/**
 * Seals a paper's content and opens it again: canonical bytes, their SHA-256, AES-256-GCM with the
 * paper code as associated data. Plain Java; {@link SealingConfiguration} makes it a bean.
 */
public final class PaperSealer {

    private final SealingKey key;
    private final PaperCipher cipher;

    public PaperSealer(SealingKey key) {
        this.key = key;
        this.cipher = new PaperCipher(key);
    }

    public SealedPaper seal(PaperContent content) {
        CanonicalPaper canonical = CanonicalPaper.of(content);
        byte[] ciphertext = cipher.encrypt(canonical.bytes(), content.paperCode());
        return new SealedPaper(content.paperCode(), canonical.sha256Hex(), key.fingerprint(), ciphertext);
    }

    /**
     * Decrypts, checks the content against the stored hash, and reads it back.
     *
     * @throws SealingException in Chinese on a wrong key, a tampered ciphertext or a hash mismatch
     */
    public PaperContent open(SealedPaper sealed) {
        byte[] plain = cipher.decrypt(sealed.ciphertext(), sealed.paperCode());
        CanonicalPaper canonical = CanonicalPaper.fromBytes(plain);
        if (!canonical.sha256Hex().equals(sealed.contentSha256())) {
            throw new SealingException("试卷 " + sealed.paperCode() + " 的内容与封卷时记录的哈希不一致（记录 "
                    + sealed.contentSha256() + "，实际 " + canonical.sha256Hex() + "），试卷记录可能被改动，请勿使用。");
        }
        return canonical.toPaperContent();
    }

    /** The key's fingerprint, to store with each sealed paper and to compare at start-up. */
    public String keyFingerprint() {
        return key.fingerprint();
    }

    /** See {@link SealingKey#verifyKeyAgainst(String)}. */
    public void verifyKeyAgainst(String storedFingerprint) {
        key.verifyKeyAgainst(storedFingerprint);
    }
}
