package cn.kaowu.paper.pdf;

import cn.kaowu.paper.domain.PaperContent;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSheetPdfRendererTest {

    private static final PaperContent PAPER = SamplePaper.hundredQuestions();
    private static final byte[] PDF = new AnswerSheetPdfRenderer().render(PAPER);

    static {
        PdfChecks.keep(PDF, "answer-sheet");
    }

    @Test
    void the_sheet_has_the_candidate_fields_and_every_question_number() {
        String all = PdfChecks.allText(PDF);

        assertThat(all).contains("答　题　卡", "2026年度工伤预防能力提升培训结业考试", "试卷编号：P2026-0017-A",
                "姓", "身份证号", "考 试 点", "座 位 号", "注意事项", "一、单选题", "二、多选题", "三、判断题");
        assertThat(all).contains("[A]", "[B]", "[C]", "[D]", "[E]", "[F]", "[√]", "[×]");
        for (int number : new int[]{1, 37, 60, 61, 80, 81, 100}) {
            assertThat(all).containsPattern("(?m)(^|\\s)" + number + "\\s*\\[");
        }
    }

    @Test
    void no_answer_is_printed_on_the_sheet() {
        assertThat(PdfChecks.allText(PDF)).doesNotContain("解析", "全面负责", "正确答案");
    }

    @Test
    void the_chinese_fonts_are_embedded_as_subsets() {
        assertThat(PdfChecks.fontsOfFirstPage(PDF)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-.*");
            assertThat(font.hasFontFile2()).isTrue();
        });
    }

    @Test
    void the_first_page_renders_with_ink_and_a_qr_code() {
        BufferedImage page = PdfChecks.renderPage(PDF, 0, 100, "answer-sheet-page1");

        assertThat(PdfChecks.inkCoverage(page)).isBetween(0.01, 0.5);
        assertThat(PdfChecks.qrCodeOn(page)).isEqualTo("P2026-0017-A");
    }
}
