package cn.kaowu.paper.assembly;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import cn.kaowu.paper.blueprint.TaxonomyNames;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small banks and blueprints for tests. */
public final class TestBank {

    public static final TaxonomyNames NAMES = new TaxonomyNames(
            Map.of("POLICY", "政策论述", "LAW", "法律法规", "ACCIDENT", "事故防范", "OCCUPATIONAL", "职业病预防",
                    "WARNING", "警示教育"),
            Map.of("MINING", "矿山（含煤矿）", "MACHINERY", "机械制造"),
            Map.of("PRINCIPAL", "分管负责人", "MANAGER", "专职安全、职业健康管理人员", "TEAM_LEADER", "班组长（含车间主任、车队长）"));

    private TestBank() {
    }

    /**
     * A bank with {@code perCell} items in each of single/LAW, single/ACCIDENT, multiple/LAW and
     * true-false/POLICY, difficulty cycling 1..5, every third item only for MACHINERY, the rest for
     * all industries; all categories. Item ids start at {@code firstId}.
     */
    public static InMemoryItemSource bank(int perCell, long firstId) {
        InMemoryItemSource bank = new InMemoryItemSource();
        long id = firstId;
        Object[][] cells = {{ItemType.SINGLE_CHOICE, "LAW"}, {ItemType.SINGLE_CHOICE, "ACCIDENT"},
                {ItemType.MULTIPLE_CHOICE, "LAW"}, {ItemType.TRUE_FALSE, "POLICY"}};
        for (Object[] cell : cells) {
            for (int i = 0; i < perCell; i++) {
                ItemType type = (ItemType) cell[0];
                Applicability industries = i % 3 == 2 ? Applicability.of("MACHINERY") : Applicability.all();
                CandidateItem item = new CandidateItem(id, 1, type, (String) cell[1], 1 + i % 5, industries,
                        Applicability.all());
                bank.add(item, content(item));
                id++;
            }
        }
        return bank;
    }

    public static PinnedItem content(CandidateItem item) {
        return switch (item.type()) {
            case SINGLE_CHOICE -> new PinnedItem(item.ref(), item.type(), "单选题" + item.itemId(),
                    List.of("选项甲", "选项乙", "选项丙", "选项丁"), "B", "解析" + item.itemId(), "安全生产法第" + item.itemId() + "条");
            case MULTIPLE_CHOICE -> new PinnedItem(item.ref(), item.type(), "多选题" + item.itemId(),
                    List.of("甲", "乙", "丙", "丁", "戊"), "ACE", "", "");
            case TRUE_FALSE -> new PinnedItem(item.ref(), item.type(), "判断题" + item.itemId(), List.of(), "正确", "", "");
        };
    }

    /** 10 questions: 4 single LAW, 2 single ACCIDENT, 2 multiple LAW, 2 true/false POLICY; 60 points. */
    public static Blueprint blueprint() {
        return new Blueprint(null, "测试方案", null, null, 60, 60, 36,
                Map.of(ItemType.SINGLE_CHOICE, 5, ItemType.MULTIPLE_CHOICE, 10, ItemType.TRUE_FALSE, 5),
                List.of(BlueprintCell.of(ItemType.SINGLE_CHOICE, "LAW", 4), BlueprintCell.of(ItemType.SINGLE_CHOICE, "ACCIDENT", 2),
                        BlueprintCell.of(ItemType.MULTIPLE_CHOICE, "LAW", 2), BlueprintCell.of(ItemType.TRUE_FALSE, "POLICY", 2)),
                DifficultyTarget.band(2.8, 3.2));
    }

    /** Slots for classes of MINING / TEAM_LEADER drawing from the bank. */
    public static List<PaperSlot> slots(ItemSource bank, int count) {
        List<CandidateItem> pool = bank.activeItemsFor("MINING", "TEAM_LEADER");
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new PaperSlot("班次 T" + (i + 1), "MINING|TEAM_LEADER", "行业：矿山（含煤矿），人员类别：班组长",
                        pool, Set.of()))
                .toList();
    }

    public static AssemblyProblem problem(ItemSource bank, int papers, double cap, long seed) {
        return new AssemblyProblem(blueprint(), NAMES, slots(bank, papers), List.of(), Map.of(), cap, seed);
    }
}
