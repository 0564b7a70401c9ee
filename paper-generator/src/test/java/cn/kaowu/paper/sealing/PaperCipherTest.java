package cn.kaowu.paper.sealing;

import cn.kaowu.paper.pdf.SamplePaper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperCipherTest {

    private final SealingKey key = SealingKey.generate();
    private final PaperCipher cipher = new PaperCipher(key);
    private final byte[] canonical = CanonicalPaper.of(SamplePaper.hundredQuestions()).bytes();

    @Test
    void encrypted_canonical_bytes_decrypt_to_the_same_bytes() {
        byte[] sealed = cipher.encrypt(canonical, "P2026-0017-A");

        assertThat(cipher.decrypt(sealed, "P2026-0017-A")).isEqualTo(canonical);
    }

    @Test
    void the_sealed_form_is_version_key_id_nonce_then_ciphertext_and_tag() {
        byte[] sealed = cipher.encrypt(canonical, "P2026-0017-A");

        assertThat(sealed[0]).isEqualTo(PaperCipher.VERSION);
        assertThat(java.util.HexFormat.of().formatHex(sealed, 1, 5)).isEqualTo(key.fingerprint());
        assertThat(sealed).hasSize(PaperCipher.HEADER_LENGTH + canonical.length + 16);
    }

    @Test
    void every_encryption_uses_a_new_nonce() {
        byte[] first = cipher.encrypt(canonical, "P2026-0017-A");
        byte[] second = cipher.encrypt(canonical, "P2026-0017-A");

        assertThat(Arrays.copyOfRange(second, 5, 17)).isNotEqualTo(Arrays.copyOfRange(first, 5, 17));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_ciphertext_with_one_flipped_bit_is_rejected() {
        byte[] sealed = cipher.encrypt(canonical, "P2026-0017-A");
        sealed[sealed.length / 2] ^= 0x01;

        assertThatThrownBy(() -> cipher.decrypt(sealed, "P2026-0017-A"))
                .isInstanceOf(SealingException.class)
                .hasMessageContaining("密文校验失败").hasMessageContaining("篡改");
    }

    @Test
    void a_ciphertext_moved_to_another_paper_id_is_rejected() {
        byte[] sealed = cipher.encrypt(canonical, "P2026-0017-A");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "P2026-0017-B"))
                .isInstanceOf(SealingException.class).hasMessageContaining("不属于该试卷");
    }

    @Test
    void a_truncated_ciphertext_is_rejected_as_incomplete() {
        byte[] sealed = Arrays.copyOf(cipher.encrypt(canonical, "P1"), 20);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "P1"))
                .isInstanceOf(SealingException.class).hasMessageContaining("密文不完整");
    }

    @Test
    void decrypting_with_another_key_fails_with_a_message_that_names_the_wrong_key() {
        byte[] sealed = cipher.encrypt(canonical, "P2026-0017-A");
        SealingKey other = SealingKey.generate();

        assertThatThrownBy(() -> new PaperCipher(other).decrypt(sealed, "P2026-0017-A"))
                .isInstanceOf(SealingException.class)
                .hasMessageStartingWith("封卷密钥不正确：无法解密试卷 P2026-0017-A")
                .hasMessageContaining(key.fingerprint()).hasMessageContaining(other.fingerprint())
                .hasMessageContaining("kaowu.sealing.key");
    }
}
