package cn.kaowu.bank.importing;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.template.RawItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocxItemReaderTest {

    @Test
    void the_usual_chinese_layout_is_read_by_sections() {
        ParsedFile parsed = DocxItemReader.parse(List.of(
                "一、单选题",
                "1. 生产经营单位的主要负责人对本单位安全生产工作（　）。",
                "A. 全面负责", "B．部分负责", "C、不负责", "D. 协助负责",
                "答案：A", "解析：主要负责人是第一责任人。",
                "二、多选题",
                "2、从业人员有权了解（　）。",
                "A. 危险因素  B. 防范措施  C. 应急措施  D. 企业利润",
                "答案：ABC",
                "三、判断题",
                "3．从业人员有权拒绝违章指挥。", "答案：√", "难度：2", "内容领域：法律法规"));
        assertThat(parsed.problems()).isEmpty();
        List<RawItem> items = parsed.items();
        assertThat(items).extracting(RawItem::type)
                .containsExactly(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE);
        assertThat(items.get(0).options()).containsExactly("全面负责", "部分负责", "不负责", "协助负责");
        assertThat(items.get(0).explanation()).isEqualTo("主要负责人是第一责任人。");
        assertThat(items.get(1).options()).containsExactly("危险因素", "防范措施", "应急措施", "企业利润");
        assertThat(items.get(1).answer()).isEqualTo("ABC");
        assertThat(items.get(2).location()).isEqualTo("第3题");
        assertThat(items.get(2).difficulty()).isEqualTo("2");
        assertThat(items.get(2).contentArea()).isEqualTo("法律法规");
    }

    @Test
    void a_stem_over_two_lines_and_a_decimal_in_the_explanation_stay_together() {
        ParsedFile parsed = DocxItemReader.parse(List.of("一、判断题", "1. 高处作业是指在坠落高度基准面",
                "2米以上有可能坠落的高处进行的作业。", "答案：正确", "解析：基准面", "1.5米不算。"));
        assertThat(parsed.items()).hasSize(1);
        assertThat(parsed.items().get(0).stem()).isEqualTo("高处作业是指在坠落高度基准面\n2米以上有可能坠落的高处进行的作业。");
        assertThat(parsed.items().get(0).explanation()).isEqualTo("基准面\n1.5米不算。");
    }

    @Test
    void a_document_without_numbered_items_is_a_problem() {
        assertThat(DocxItemReader.parse(List.of("会议纪要", "今天讨论了培训计划。")).problems())
                .singleElement().asString().contains("没有找到编号的试题");
    }
}
