package cn.kaowu.bank.synthetic;

import cn.kaowu.bank.item.AnswerKey;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.LegalBasis;
import cn.kaowu.bank.item.Taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of plausible-looking items for tests and benchmarks (any size): the mix of
 * types, content areas, industries, personnel categories and difficulties of a real bank, stems
 * composed from scenes, roles, operations and hazards with dates, places and head counts, so that
 * no two stems are near-duplicates. Same seed, same items.
 */
public final class SyntheticBank {

    /** The codes of the reference data as shipped (V2). */
    public static final List<String> AREAS = List.of("POLICY", "LAW", "ACCIDENT", "OCCUPATIONAL", "WARNING");
    public static final List<String> INDUSTRIES = List.of("MINING", "MACHINERY", "RAILWAY_TRANSPORT",
            "RAILWAY_CONSTRUCTION", "HAZARDOUS_CHEMICALS", "CONSTRUCTION", "TRANSPORT", "NON_COAL_MINING",
            "METALLURGY", "FIREWORKS", "FURNITURE", "TEXTILE", "METAL_PRODUCTS", "EXPRESS_DELIVERY");
    public static final List<String> CATEGORIES = List.of("PRINCIPAL", "MANAGER", "TEAM_LEADER");

    private static final String NAME_CHARS = "华兴盛达宏远恒通金泰安瑞祥鑫源丰隆昌荣晟博嘉禾润德永利新康明凯腾飞中南北东西海山川江河林峰岩石铁钢银铜光辉星辰宇航正大鼎力信诚和顺合众立方华夏";
    private static final String[] PLACES = {"东安", "阳明", "爱民", "西安", "林口", "绥芬河", "海林", "宁安", "穆棱", "东宁",
        "牡丹江", "鸡西", "七台河", "双鸭山", "佳木斯", "鹤岗", "伊春", "黑河", "绥化", "大庆"};
    private static final String[] SCENES = {"井下采掘工作面", "机加工车间", "铁路货运站场", "隧道掘进现场", "危化品储罐区",
        "脚手架作业面", "冶炼炉前平台", "装药工房", "喷漆作业间", "印染车间", "冲压生产线", "快递分拣中心", "露天采场边坡",
        "桥梁架设现场", "锅炉房", "液氨制冷间", "粉尘涉爆车间", "污水处理池", "仓储物流库房", "变配电室"};
    private static final String[] ROLES = {"班组长", "专职安全员", "分管负责人", "车间主任", "设备维修工", "当班调度员",
        "新入职员工", "特种作业人员", "外包施工队负责人", "车队长", "技术负责人", "值班电工"};
    private static final String[] OPERATIONS = {"动火作业", "有限空间作业", "高处作业", "临时用电作业", "吊装作业",
        "设备检修", "交叉作业", "夜间巡检", "危险物品装卸", "爆破作业", "带电作业", "盲板抽堵作业", "清罐作业", "管道试压"};
    private static final String[] OBJECTS = {"可燃气体检测仪", "防护栏杆", "通风设施", "安全联锁装置", "作业票", "监护人员",
        "除尘系统", "隔声罩", "安全带挂点", "应急通道", "接地装置", "警示标志", "气体报警器", "防爆电器"};
    private static final String[] DEFECTS = {"缺失", "失效", "被短接", "未经审批", "擅自离岗", "超期未检", "读数异常",
        "被拆除", "设置不当", "被占用", "损坏", "未按规定佩戴"};
    private static final String[] QUESTIONS = {"此时最恰当的做法是（　）。", "下列处置措施中正确的是（　）。",
        "依照有关规定应当首先（　）。", "现场负责人应当立即（　）。", "对此情形的正确认识是（　）。",
        "按照应急预案应当优先（　）。", "从业人员依法有权（　）。", "企业应当采取的措施是（　）。"};
    private static final String[] TF_ENDINGS = {"该做法符合安全生产有关规定。", "现场人员可以继续作业。",
        "应当立即停止作业并撤离人员。", "企业应当如实记录并及时报告。", "该情形属于重大事故隐患。",
        "应当由专人监护并采取隔离措施。"};
    private static final String[] ANSWERS = {"立即停止作业，撤离人员并报告", "先完成当班任务再处理", "加强通风并重新检测",
        "设置警戒区域并派专人监护", "办理审批手续后方可作业", "组织人员进行应急演练", "更换合格的防护用品",
        "由持证人员进行处理", "隐瞒不报以免影响生产", "继续作业并加快进度", "通知相关部门协调解决", "对设备进行断电挂牌",
        "查明原因后制定整改措施", "按规定进行安全技术交底", "请无关人员离开现场", "自行拆除安全装置"};
    private static final String[] LAWS = {"安全生产法", "职业病防治法", "工伤保险条例", "社会保险法", "煤矿安全规程",
        "危险化学品安全管理条例", "工伤预防费使用管理暂行办法", "生产安全事故报告和调查处理条例"};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] KNOWLEDGE = {"隐患排查治理", "作业许可", "应急处置", "职业健康监护", "安全培训",
        "劳动防护用品", "事故报告", "从业人员权利义务", "主要负责人职责", "工伤认定"};

    private final SplittableRandom random;
    private final List<String> areas;
    private final List<String> industries;
    private final List<String> categories;

    public SyntheticBank(long seed, List<String> areas, List<String> industries, List<String> categories) {
        this.random = new SplittableRandom(seed);
        this.areas = List.copyOf(areas);
        this.industries = List.copyOf(industries);
        this.categories = List.copyOf(categories);
    }

    /** With the reference codes shipped in V2. */
    public static SyntheticBank withDefaultCodes(long seed) {
        return new SyntheticBank(seed, AREAS, INDUSTRIES, CATEGORIES);
    }

    /** {@code count} items: about half single choice, a quarter multiple choice, a quarter true/false. */
    public List<ItemDraft> items(int count) {
        List<ItemDraft> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(4);
            ItemType type = roll < 2 ? ItemType.SINGLE_CHOICE : roll == 2 ? ItemType.MULTIPLE_CHOICE : ItemType.TRUE_FALSE;
            items.add(item(type));
        }
        return items;
    }

    /** One item of the given type. */
    public ItemDraft item(ItemType type) {
        String situation = situation();
        List<String> options = new ArrayList<>();
        String key;
        String stem;
        if (type == ItemType.TRUE_FALSE) {
            stem = situation + pick(TF_ENDINGS);
            key = random.nextBoolean() ? AnswerKey.TRUE : AnswerKey.FALSE;
        } else {
            stem = situation + pick(QUESTIONS);
            int optionCount = type == ItemType.SINGLE_CHOICE ? 4 : 4 + random.nextInt(3);
            List<String> pool = new ArrayList<>(List.of(ANSWERS));
            for (int i = 0; i < optionCount; i++) {
                options.add(pool.remove(random.nextInt(pool.size())));
            }
            if (type == ItemType.SINGLE_CHOICE) {
                key = String.valueOf(ItemDraft.letter(random.nextInt(4)));
            } else {
                StringBuilder letters = new StringBuilder();
                int correct = 2 + random.nextInt(optionCount - 1);
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < optionCount; i++) {
                    positions.add(i);
                }
                java.util.Collections.shuffle(positions, new java.util.Random(random.nextLong()));
                positions.subList(0, Math.min(correct, optionCount)).stream().sorted()
                        .forEach(p -> letters.append(ItemDraft.letter(p)));
                key = letters.toString();
            }
        }
        String law = pick(LAWS);
        String article = "第" + pick(NUMERALS) + "十" + pick(NUMERALS) + "条";
        Taxonomy taxonomy = new Taxonomy(areas.get(random.nextInt(areas.size())), some(industries, 0.3, 3),
                some(categories, 0.4, 2), 1 + random.nextInt(5), new LegalBasis(law, article), pick(KNOWLEDGE),
                "合成题库", "合成");
        return new ItemDraft(type, stem, options, key, "依据《" + law + "》" + article + "的规定作答。",
                type.defaultPoints(), taxonomy);
    }

    private String situation() {
        String company = "" + pickChar() + pickChar() + pickChar();
        return pick(PLACES) + company + "公司" + (2015 + random.nextInt(11)) + "年" + (1 + random.nextInt(12)) + "月"
                + (1 + random.nextInt(28)) + "日，" + pick(SCENES) + "的" + pick(ROLES) + "带领" + (2 + random.nextInt(60))
                + "人进行" + pick(OPERATIONS) + "，发现" + pick(OBJECTS) + pick(DEFECTS) + "，";
    }

    private List<String> some(List<String> codes, double allShare, int max) {
        if (random.nextDouble() < allShare) {
            return List.of(Taxonomy.ALL);
        }
        List<String> pool = new ArrayList<>(codes);
        int n = 1 + random.nextInt(Math.min(max, pool.size()));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private char pickChar() {
        return NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length()));
    }
}
