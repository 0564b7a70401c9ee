package cn.kaowu.paper.sealing;

import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.pdf.SamplePaper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaperSealerTest {

    private final PaperContent paper = SamplePaper.hundredQuestions();

    @Test
    void a_sealed_paper_opens_to_the_same_content_with_the_same_key() {
        PaperSealer sealer = new PaperSealer(SealingKey.generate());

        SealedPaper sealed = sealer.seal(paper);

        assertThat(sealed.contentSha256()).isEqualTo(CanonicalPaper.of(paper).sha256Hex());
        assertThat(sealed.keyFingerprint()).isEqualTo(sealer.keyFingerprint());
        assertThat(sealer.open(sealed)).isEqualTo(paper);
    }

    @Test
    void a_stored_hash_that_does_not_match_the_content_is_refused() {
        PaperSealer sealer = new PaperSealer(SealingKey.generate());
        SealedPaper sealed = sealer.seal(paper);
        SealedPaper altered = new SealedPaper(sealed.paperCode(), "0".repeat(64), sealed.keyFingerprint(),
                sealed.ciphertext());

        assertThatThrownBy(() -> sealer.open(altered))
                .isInstanceOf(SealingException.class).hasMessageContaining("哈希不一致");
    }

    @Test
    void a_paper_sealed_with_one_key_does_not_open_with_another() {
        SealedPaper sealed = new PaperSealer(SealingKey.generate()).seal(paper);
        PaperSealer other = new PaperSealer(SealingKey.generate());

        assertThatThrownBy(() -> other.verifyKeyAgainst(sealed.keyFingerprint()))
                .hasMessageStartingWith("封卷密钥不正确");
        assertThatThrownBy(() -> other.open(sealed)).hasMessageStartingWith("封卷密钥不正确：无法解密试卷");
    }

    @Test
    void the_key_is_read_from_the_kaowu_sealing_key_property() {
        SealingKey key = SealingKey.generate();
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("kaowu.sealing.key", key.toBase64())).start()) {
            PaperSealer sealer = context.getBean(PaperSealer.class);

            assertThat(sealer.keyFingerprint()).isEqualTo(key.fingerprint());
            assertThat(new PaperSealer(key).open(sealer.seal(paper))).isEqualTo(paper);
        }
    }

    @Test
    void a_context_without_a_key_refuses_to_create_the_sealer_with_the_chinese_reason() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .properties(Map.of("kaowu.sealing.key", "")).start()) {
            assertThatThrownBy(() -> context.getBean(PaperSealer.class))
                    .isInstanceOf(BeanInstantiationException.class)
                    .rootCause().isInstanceOf(SealingException.class).hasMessageStartingWith("未配置封卷密钥");
        }
    }
}
