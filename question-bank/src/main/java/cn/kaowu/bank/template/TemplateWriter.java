package cn.kaowu.bank.template;

import cn.kaowu.bank.item.ItemType;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes items (as template rows) into the official .xlsx template; every sheet is always present. */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static void write(List<RawItem> items, OutputStream out) {
        Map<ItemType, Worksheet> sheets = new EnumMap<>(ItemType.class);
        Map<ItemType, Integer> nextRow = new EnumMap<>(ItemType.class);
        try {
            Workbook workbook = new Workbook(out, "kaowu", "1.0");
            for (ItemType type : ItemType.values()) {
                Worksheet sheet = workbook.newWorksheet(type.label());
                List<String> headers = TemplateColumns.headers(type);
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                    sheet.style(0, c).bold().fillColor("DDEBF7").set();
                }
                sheet.width(0, 60);
                sheet.freezePane(0, 1);
                sheets.put(type, sheet);
                nextRow.put(type, 1);
            }
            for (RawItem item : items) {
                Worksheet sheet = sheets.get(item.type());
                int row = nextRow.merge(item.type(), 1, Integer::sum) - 1;
                List<String> values = values(item);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value != null && !value.isEmpty()) {
                        sheet.value(row, c, TemplateColumns.neutralise(value));
                    }
                }
            }
            for (Worksheet sheet : sheets.values()) {
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> values(RawItem item) {
        List<String> values = new java.util.ArrayList<>();
        values.add(item.stem());
        for (int i = 0; i < item.type().maxOptions(); i++) {
            values.add(i < item.options().size() ? item.options().get(i) : "");
        }
        values.addAll(List.of(nz(item.answer()), nz(item.explanation()), nz(item.contentArea()), nz(item.industries()),
                nz(item.categories()), nz(item.difficulty()), nz(item.legalBasis()), nz(item.knowledgePoint()),
                nz(item.source()), nz(item.points()), nz(item.author())));
        return values;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Example rows for the empty template, one per sheet. */
    public static List<RawItem> examples() {
        return List.of(
                new RawItem("", ItemType.SINGLE_CHOICE,
                        "生产经营单位的主要负责人对本单位的安全生产工作（　）。",
                        List.of("全面负责", "部分负责", "不负责", "协助负责"), "A",
                        "《安全生产法》规定，生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。",
                        "法律法规", "全部", "全部", "1", "《安全生产法》第五条", "主要负责人职责", "示例", "", "示例作者"),
                new RawItem("", ItemType.MULTIPLE_CHOICE,
                        "生产经营单位的从业人员有权了解其作业场所和工作岗位存在的（　）。",
                        List.of("危险因素", "防范措施", "事故应急措施", "企业利润", "", ""), "ABC",
                        "从业人员有权了解作业场所和工作岗位存在的危险因素、防范措施及事故应急措施。",
                        "法律法规", "矿山、机械制造", "专职安全管理人员、班组长", "2", "《安全生产法》第五十三条",
                        "从业人员知情权", "示例", "2", "示例作者"),
                new RawItem("", ItemType.TRUE_FALSE,
                        "从业人员发现直接危及人身安全的紧急情况时，有权停止作业或者在采取可能的应急措施后撤离作业场所。",
                        List.of(), "正确", "这是从业人员的紧急避险权。", "事故防范", "全部", "班组长", "1",
                        "《安全生产法》第五十五条", "紧急避险权", "示例", "", "示例作者"));
    }
}
