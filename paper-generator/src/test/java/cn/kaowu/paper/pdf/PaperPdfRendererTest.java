package cn.kaowu.paper.pdf;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.domain.PaperContent;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class PaperPdfRendererTest {

    private static final PaperContent PAPER = SamplePaper.hundredQuestions();
    private static final byte[] PDF = new PaperPdfRenderer().render(PAPER);

    static {
        PdfChecks.keep(PDF, "paper");
    }

    @Test
    void the_first_page_shows_the_header_in_chinese() {
        String page1 = PdfChecks.text(PDF, 1);

        assertThat(page1).contains("2026年度工伤预防能力提升培训结业考试", "机械制造行业班组长第17期培训班",
                "试卷编号：P2026-0017-A", "考试时间：90分钟", "满分：120分", "及格分：72分", "姓名", "身份证号",
                "考试点", "座位号", "得分", "考 生 须 知", "闭卷考试", "一、单选题");
    }

    @Test
    void questions_are_numbered_through_the_paper_with_their_options_and_brackets() {
        String all = PdfChecks.allText(PDF);

        assertThat(all).contains("1.", "全面负责", "（　　）", "二、多选题", "三、判断题", "100.");
        assertThat(all).contains("立即按照避灾路线，向上一水平或者地面方向撤离");
    }

    @Test
    void no_answer_explanation_or_legal_basis_is_printed() {
        String all = PdfChecks.allText(PDF);

        assertThat(all).doesNotContain("解析", "答案：", "《工伤保险条例》第十七条",
                "主要负责人对本单位安全生产工作全面负责，其他负责人");
    }

    @Test
    void every_page_has_a_footer_with_page_numbers_and_the_paper_code() {
        int pages = PdfChecks.pageCount(PDF);

        assertThat(pages).isGreaterThan(3);
        assertThat(PdfChecks.text(PDF, pages)).contains("第 " + pages + " 页 共 " + pages + " 页", "P2026-0017-A");
        assertThat(PdfChecks.text(PDF, 2)).contains("第 2 页 共 " + pages + " 页", "MDJ-2026-JX-017");
    }

    @Test
    void the_chinese_fonts_are_embedded_as_subsets() {
        assertThat(PdfChecks.fontsOfFirstPage(PDF)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-.*");
            assertThat(font.hasFontFile2()).isTrue();
        });
        assertThat(PDF.length).isLessThan(600 * 1024);
    }

    @Test
    void the_first_page_renders_to_a_page_with_ink_on_it() {
        BufferedImage page = PdfChecks.renderPage(PDF, 0, 70, "paper-page1");

        assertThat(PdfChecks.inkCoverage(page)).isBetween(0.01, 0.5);
    }

    @Test
    void an_answer_bracket_is_added_before_closing_punctuation_or_kept_where_the_stem_has_one() {
        assertThat(PaperPdfRenderer.withAnswerBracket("安全生产工作应当坚持（  ）的方针。", ItemType.SINGLE_CHOICE))
                .isEqualTo("安全生产工作应当坚持（　　）的方针。");
        assertThat(PaperPdfRenderer.withAnswerBracket("下列说法正确的是：", ItemType.SINGLE_CHOICE))
                .isEqualTo("下列说法正确的是（　　）：");
        assertThat(PaperPdfRenderer.withAnswerBracket("按照规定的期限", ItemType.SINGLE_CHOICE))
                .isEqualTo("按照规定的期限（　　）");
        assertThat(PaperPdfRenderer.withAnswerBracket("工伤预防费可以用于购置生产设备。", ItemType.TRUE_FALSE))
                .isEqualTo("工伤预防费可以用于购置生产设备。（　　）");
    }
}
