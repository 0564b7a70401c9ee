package cn.kaowu.paper.sealing;

import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.pdf.SamplePaper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalPaperTest {

    private final PaperContent paper = SamplePaper.hundredQuestions();

    @Test
    void the_same_content_gives_the_same_bytes_and_hash_every_time() {
        CanonicalPaper first = CanonicalPaper.of(paper);
        CanonicalPaper second = CanonicalPaper.of(SamplePaper.hundredQuestions());

        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.sha256Hex()).isEqualTo(first.sha256Hex()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void the_hash_of_a_known_paper_is_pinned_so_a_change_of_the_canonical_form_is_noticed() {
        PaperContent tiny = SamplePaper.builder().singleChoice(1).multipleChoice(0).trueFalse(1).build();
        String text = CanonicalPaper.of(tiny).asText();

        assertThat(text).startsWith("{\"classCode\":\"MDJ-2026-JX-017\",\"className\":\"机械制造行业班组长第17期培训班\","
                + "\"durationMinutes\":90,\"examName\":\"2026年度工伤预防能力提升培训结业考试\",\"format\":\"kaowu-paper/1\","
                + "\"paperCode\":\"P2026-0017-A\",\"passMark\":2,\"sections\":[{\"pointsEach\":1,\"questions\":[{\"explanation\":");
        assertThat(CanonicalPaper.of(tiny).sha256Hex())
                .isEqualTo(CanonicalPaper.sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void object_members_are_ordered_by_name_whatever_the_order_of_the_map() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("stem", "题干");
        inserted.put("key", "A");
        inserted.put("number", 7);
        inserted.put("options", List.of(Map.of("text", "全面负责", "label", "A")));
        Map<String, Object> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(inserted.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            reversed.put(names.get(i), inserted.get(names.get(i)));
        }
        Map<String, Object> hashed = new HashMap<>(inserted);

        byte[] canonical = CanonicalJson.write(inserted);

        assertThat(CanonicalJson.write(reversed)).isEqualTo(canonical);
        assertThat(CanonicalJson.write(hashed)).isEqualTo(canonical);
        assertThat(new String(canonical, StandardCharsets.UTF_8))
                .isEqualTo("{\"key\":\"A\",\"number\":7,\"options\":[{\"label\":\"A\",\"text\":\"全面负责\"}],\"stem\":\"题干\"}");
    }

    @Test
    void changing_one_character_of_one_stem_changes_the_hash() {
        String stem = paper.sections().get(0).questions().get(0).stem();
        String oneCharacterChanged = stem.replace("第一责任人", "第一責任人");
        PaperContent changed = replaceStemOfFirstQuestion(paper, oneCharacterChanged);

        assertThat(oneCharacterChanged).isNotEqualTo(stem).hasSameSizeAs(stem);

        assertThat(CanonicalPaper.of(changed).sha256Hex()).isNotEqualTo(CanonicalPaper.of(paper).sha256Hex());
    }

    @Test
    void text_is_normalised_to_nfc_so_composed_and_decomposed_accents_hash_alike() {
        PaperContent composed = replaceStemOfFirstQuestion(paper, "Café 安全");
        PaperContent decomposed = replaceStemOfFirstQuestion(paper, "Cafe\u0301 安全");

        assertThat(CanonicalPaper.of(decomposed).sha256Hex()).isEqualTo(CanonicalPaper.of(composed).sha256Hex());
    }

    @Test
    void quotes_backslashes_and_line_breaks_are_escaped_and_read_back() {
        PaperContent tricky = replaceStemOfFirstQuestion(paper, "他说：\"停止作业\"\\\n换行\t制表");

        CanonicalPaper canonical = CanonicalPaper.of(tricky);

        assertThat(canonical.asText()).contains("\"stem\":\"他说：\\\"停止作业\\\"\\\\\\u000a换行\\u0009制表\"");
        assertThat(canonical.toPaperContent()).isEqualTo(tricky);
    }

    @Test
    void the_canonical_bytes_read_back_into_the_same_paper() {
        assertThat(CanonicalPaper.fromBytes(CanonicalPaper.of(paper).bytes()).toPaperContent()).isEqualTo(paper);
    }

    @Test
    void bytes_that_are_not_a_canonical_paper_are_refused_in_chinese() {
        assertThatThrownBy(() -> CanonicalPaper.fromBytes("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8)).toPaperContent())
                .isInstanceOf(SealingException.class).hasMessageContaining("试卷内容格式无法识别");
        assertThatThrownBy(() -> CanonicalPaper.fromBytes("{\"format\":".getBytes(StandardCharsets.UTF_8)).toPaperContent())
                .isInstanceOf(SealingException.class).hasMessageContaining("试卷内容无法读取");
    }

    static PaperContent replaceStemOfFirstQuestion(PaperContent paper, String stem) {
        List<PaperContent.Section> sections = new ArrayList<>(paper.sections());
        PaperContent.Section first = sections.get(0);
        List<PaperContent.Question> questions = new ArrayList<>(first.questions());
        PaperContent.Question q = questions.get(0);
        questions.set(0, new PaperContent.Question(q.number(), q.itemId(), q.itemVersion(), stem, q.options(), q.key(),
                q.explanation(), q.legalBasis()));
        sections.set(0, new PaperContent.Section(first.type(), first.pointsEach(), questions));
        return new PaperContent(paper.examName(), paper.classCode(), paper.className(), paper.paperCode(),
                paper.durationMinutes(), paper.totalPoints(), paper.passMark(), sections);
    }
}
