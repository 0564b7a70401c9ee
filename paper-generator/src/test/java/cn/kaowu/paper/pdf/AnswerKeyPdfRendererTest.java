package cn.kaowu.paper.pdf;

import cn.kaowu.paper.domain.PaperContent;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerKeyPdfRendererTest {

    private static final PaperContent PAPER = SamplePaper.hundredQuestions();
    private static final byte[] PDF = new AnswerKeyPdfRenderer().render(PAPER);

    static {
        PdfChecks.keep(PDF, "answer-key");
    }

    @Test
    void the_header_says_it_is_restricted_to_paper_builders() {
        String page1 = PdfChecks.text(PDF, 1);

        assertThat(page1).contains("绝密★仅限出卷人使用", "参考答案及解析", "试卷编号：P2026-0017-A",
                "2026年度工伤预防能力提升培训结业考试");
    }

    @Test
    void every_question_has_its_key_explanation_and_legal_basis() {
        String all = PdfChecks.allText(PDF);

        assertThat(all).contains("【答案】", "【解析】", "【依据】", "《工伤保险条例》第十七条",
                "主要负责人对本单位安全生产工作全面负责", "ABCDE", "ABCF", "√（正确）", "×（错误）");
        assertThat(all).containsPattern("100\\.\\s");
    }

    @Test
    void the_chinese_fonts_are_embedded_as_subsets_and_the_first_page_is_not_blank() {
        assertThat(PdfChecks.fontsOfFirstPage(PDF)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-.*");
            assertThat(font.hasFontFile2()).isTrue();
        });
        BufferedImage page = PdfChecks.renderPage(PDF, 0, 70, "answer-key-page1");
        assertThat(PdfChecks.inkCoverage(page)).isBetween(0.01, 0.5);
    }
}
