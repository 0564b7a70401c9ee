package cn.kaowu.paper.sealing;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealingKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void a_base64_value_of_32_bytes_is_accepted_and_round_trips() {
        SealingKey key = SealingKey.fromBase64(" " + KEY + "\n");

        assertThat(key.toBase64()).isEqualTo(KEY);
        // SHA-256 of 32 zero bytes starts with 66687aad.
        assertThat(key.fingerprint()).isEqualTo("66687aad");
    }

    @Test
    void a_missing_key_is_refused_with_how_to_set_it() {
        assertThatThrownBy(() -> SealingKey.fromBase64(null))
                .isInstanceOf(SealingException.class)
                .hasMessageStartingWith("未配置封卷密钥")
                .hasMessageContaining("kaowu.sealing.key").hasMessageContaining("KAOWU_SEALING_KEY")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> SealingKey.fromBase64("  ")).hasMessageStartingWith("未配置封卷密钥");
    }

    @Test
    void a_value_that_is_not_base64_is_refused() {
        assertThatThrownBy(() -> SealingKey.fromBase64("这不是密钥!!"))
                .isInstanceOf(SealingException.class).hasMessageContaining("不是有效的 Base64 编码");
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_with_the_length_found() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SealingKey.fromBase64(sixteenBytes))
                .isInstanceOf(SealingException.class)
                .hasMessageContaining("应为 32 字节").hasMessageContaining("实际为 16 字节");
    }

    @Test
    void the_fingerprint_stored_with_a_paper_matches_the_same_key_and_not_another() {
        SealingKey key = SealingKey.generate();
        String stored = key.fingerprint();

        key.verifyKeyAgainst(stored);
        key.verifyKeyAgainst(stored.toUpperCase());
        assertThatThrownBy(() -> SealingKey.generate().verifyKeyAgainst(stored))
                .isInstanceOf(SealingException.class)
                .hasMessageStartingWith("封卷密钥不正确").hasMessageContaining(stored);
    }

    @Test
    void the_key_never_appears_in_its_text_form() {
        SealingKey key = SealingKey.generate();

        assertThat(key.toString()).doesNotContain(key.toBase64()).contains(key.fingerprint());
    }

    @Test
    void generated_keys_are_32_random_bytes() {
        SealingKey a = SealingKey.generate();
        SealingKey b = SealingKey.generate();

        assertThat(Base64.getDecoder().decode(a.toBase64())).hasSize(32);
        assertThat(a.toBase64()).isNotEqualTo(b.toBase64());
    }
}
