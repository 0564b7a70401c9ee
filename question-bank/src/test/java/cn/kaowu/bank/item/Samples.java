package cn.kaowu.bank.item;

import java.util.List;

/** Well-formed items to start tests from. */
public final class Samples {

    private Samples() {
    }

    public static ItemDraft single(String stem) {
        return new ItemDraft(ItemType.SINGLE_CHOICE, stem, List.of("全面负责", "部分负责", "不负责", "协助负责"), "A",
                "主要负责人是第一责任人。", 1, taxonomy("LAW", List.of(Taxonomy.ALL), List.of(Taxonomy.ALL), 2));
    }

    public static ItemDraft multiple(String stem) {
        return new ItemDraft(ItemType.MULTIPLE_CHOICE, stem, List.of("危险因素", "防范措施", "应急措施", "企业利润", "工资待遇"),
                "ABC", "知情权。", 2, taxonomy("ACCIDENT", List.of("MINING", "MACHINERY"), List.of("TEAM_LEADER"), 3));
    }

    public static ItemDraft trueFalse(String stem) {
        return new ItemDraft(ItemType.TRUE_FALSE, stem, List.of(), "正确", "紧急避险权。", 1,
                taxonomy("OCCUPATIONAL", List.of("CONSTRUCTION"), List.of("MANAGER", "PRINCIPAL"), 1));
    }

    public static Taxonomy taxonomy(String area, List<String> industries, List<String> categories, int difficulty) {
        return new Taxonomy(area, industries, categories, difficulty, new LegalBasis("安全生产法", "第二十一条"),
                "主要负责人职责", "自编", "张三");
    }

    public static Vocabulary vocabulary() {
        return new Vocabulary(
                List.of(entry("POLICY", "政策论述"), entry("LAW", "法律法规"), entry("ACCIDENT", "事故防范"),
                        entry("OCCUPATIONAL", "职业病预防"), entry("WARNING", "警示教育")),
                List.of(entry("MINING", "矿山（含煤矿）"), entry("MACHINERY", "机械制造"), entry("CONSTRUCTION", "建筑施工"),
                        entry("HAZARDOUS_CHEMICALS", "危险化学品")),
                List.of(entry("PRINCIPAL", "分管负责人"), entry("MANAGER", "专职安全、职业健康管理人员"),
                        entry("TEAM_LEADER", "班组长（含车间主任、车队长）")));
    }

    private static cn.kaowu.core.reference.ReferenceEntry entry(String code, String name) {
        return new cn.kaowu.core.reference.ReferenceEntry(code, name);
    }
}
