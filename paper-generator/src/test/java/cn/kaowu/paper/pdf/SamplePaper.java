package cn.kaowu.paper.pdf;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.domain.PaperContent;
import cn.kaowu.paper.domain.PaperContent.Option;
import cn.kaowu.paper.domain.PaperContent.Question;
import cn.kaowu.paper.domain.PaperContent.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds realistic papers for tests and the benchmark: stems, options and legal bases in the style
 * of work-injury-prevention exams, with short, medium and long options so every option layout is used.
 */
public final class SamplePaper {

    private String examName = "2026年度工伤预防能力提升培训结业考试";
    private String classCode = "MDJ-2026-JX-017";
    private String className = "机械制造行业班组长第17期培训班";
    private String paperCode = "P2026-0017-A";
    private int durationMinutes = 90;
    private int singleChoice = 60;
    private int multipleChoice = 20;
    private int trueFalse = 20;

    private SamplePaper() {
    }

    public static SamplePaper builder() {
        return new SamplePaper();
    }

    /** 100 questions: 60 单选 (1 point), 20 多选 (2 points), 20 判断 (1 point); 120 points. */
    public static PaperContent hundredQuestions() {
        return builder().build();
    }

    public SamplePaper singleChoice(int count) {
        this.singleChoice = count;
        return this;
    }

    public SamplePaper multipleChoice(int count) {
        this.multipleChoice = count;
        return this;
    }

    public SamplePaper trueFalse(int count) {
        this.trueFalse = count;
        return this;
    }

    public SamplePaper paperCode(String code) {
        this.paperCode = code;
        return this;
    }

    public SamplePaper examName(String name) {
        this.examName = name;
        return this;
    }

    public PaperContent build() {
        List<Section> sections = new ArrayList<>();
        int number = 1;
        long itemId = 1000;
        int total = 0;
        int[][] plan = {{singleChoice, 1}, {multipleChoice, 2}, {trueFalse, 1}};
        ItemType[] types = ItemType.values();
        for (int t = 0; t < types.length; t++) {
            int count = plan[t][0];
            int points = plan[t][1];
            if (count == 0) {
                continue;
            }
            String[][] pool = switch (types[t]) {
                case SINGLE_CHOICE -> SINGLE;
                case MULTIPLE_CHOICE -> MULTIPLE;
                case TRUE_FALSE -> TRUE_FALSE;
            };
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] row = pool[i % pool.length];
                questions.add(question(types[t], number++, itemId++, row));
            }
            sections.add(new Section(types[t], points, questions));
            total += count * points;
        }
        return new PaperContent(examName, classCode, className, paperCode, durationMinutes, total,
                (int) Math.ceil(total * 0.6), sections);
    }

    private static Question question(ItemType type, int number, long itemId, String[] row) {
        // row: stem, key, explanation, legal basis, options...
        List<Option> options = new ArrayList<>();
        for (int i = 4; i < row.length; i++) {
            options.add(new Option(String.valueOf((char) ('A' + i - 4)), row[i]));
        }
        return new Question(number, itemId, 1 + (int) (itemId % 3), row[0], type == ItemType.TRUE_FALSE ? List.of() : options,
                row[1], row[2], row[3]);
    }

    private static final String[][] SINGLE = {
            {"《中华人民共和国安全生产法》规定，生产经营单位的主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作（　　）。",
                    "A", "主要负责人对本单位安全生产工作全面负责，其他负责人对职责范围内的安全生产工作负责。", "《中华人民共和国安全生产法》第五条",
                    "全面负责", "部分负责", "负领导责任", "负监督责任"},
            {"职工发生事故伤害，所在单位应当自事故伤害发生之日起（　　）内，向统筹地区社会保险行政部门提出工伤认定申请。",
                    "B", "用人单位申请工伤认定的时限为30日，遇有特殊情况经报社会保险行政部门同意可以适当延长。", "《工伤保险条例》第十七条",
                    "15日", "30日", "60日", "1年"},
            {"用人单位应当为劳动者建立职业健康监护档案，并按照规定的期限",
                    "A", "职业健康监护档案应当妥善保存，劳动者离开用人单位时有权索取本人档案复印件。", "《中华人民共和国职业病防治法》第三十六条",
                    "妥善保存", "定期销毁", "交由劳动者本人保管", "上交卫生健康主管部门"},
            {"安全生产工作应当以人为本，坚持人民至上、生命至上，坚持（　　）的方针。",
                    "A", "安全生产工作坚持安全第一、预防为主、综合治理的方针，从源头上防范化解重大安全风险。", "《中华人民共和国安全生产法》第三条",
                    "安全第一、预防为主、综合治理", "以人为本、安全发展、科学管理", "管行业必须管安全、管业务必须管安全",
                    "谁主管谁负责、谁审批谁负责"},
            {"煤矿井下发生透水事故时，现场作业人员撤离的正确做法是（　　）。",
                    "A", "透水时应按照避灾路线撤离，向上一水平或地面撤退，不得进入透水点附近及下方的独头巷道。", "《煤矿安全规程》第三百零八条",
                    "立即按照避灾路线，向上一水平或者地面方向撤离，并及时报告调度室",
                    "就近进入透水点下方的独头巷道躲避，等待救援人员到达后再行撤离",
                    "留在原地继续作业，待水位上涨到一定高度后再决定是否撤离",
                    "先返回工作面收拾工具和个人物品，然后沿运输大巷向下一水平撤离"},
            {"生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训，取得（　　），方可上岗作业。",
                    "C", "特种作业人员须经专门培训并取得相应资格。", "《中华人民共和国安全生产法》第三十条",
                    "学历证书", "职称证书", "相应资格", "健康证明"},
            {"从业人员发现直接危及人身安全的紧急情况时，有权（　　）。",
                    "A", "紧急避险权：从业人员可以停止作业或者在采取可能的应急措施后撤离作业场所。", "《中华人民共和国安全生产法》第五十五条",
                    "停止作业或者在采取可能的应急措施后撤离作业场所", "继续作业，同时向班组长口头报告",
                    "等待主要负责人批准后再撤离作业场所", "只能向负有安全生产监督管理职责的部门举报"},
            {"生产经营单位应当建立安全风险分级管控和（　　）双重预防机制。",
                    "D", "双重预防机制由安全风险分级管控和隐患排查治理两部分组成。", "《中华人民共和国安全生产法》第四条",
                    "事故调查处理", "应急救援演练", "安全绩效考核", "隐患排查治理"},
            {"工伤预防费使用管理办法规定，工伤预防费可用于下列哪项支出（　　）。",
                    "B", "工伤预防费用于工伤事故和职业病预防宣传、培训等，不得用于企业日常开支。", "《工伤预防费使用管理暂行办法》第四条",
                    "企业日常办公", "工伤事故和职业病预防培训", "职工福利发放", "购置生产设备"},
            {"在机械加工车间操作车床、钻床等旋转设备时，严禁（　　）。",
                    "A", "操作旋转设备戴手套易被卷入，造成手部伤害。", "《机械制造企业安全生产标准化规范》",
                    "戴手套", "穿工作服", "戴安全帽", "戴护目镜"},
            {"职业病诊断应当由取得《医疗机构执业许可证》的（　　）承担。",
                    "C", "职业病诊断由取得执业许可的医疗卫生机构承担，劳动者可以选择用人单位所在地、本人户籍所在地或者经常居住地的机构。",
                    "《中华人民共和国职业病防治法》第四十三条",
                    "用人单位", "疾病预防控制机构", "医疗卫生机构", "社会保险经办机构"},
            {"事故发生后，事故现场有关人员应当立即向（　　）报告。",
                    "B", "事故现场有关人员应当立即向本单位负责人报告；情况紧急时可以直接向有关部门报告。", "《生产安全事故报告和调查处理条例》第九条",
                    "当地公安机关", "本单位负责人", "新闻媒体", "上级主管部门"},
    };

    private static final String[][] MULTIPLE = {
            {"生产经营单位的从业人员依法享有的安全生产权利包括（　　）。",
                    "ABCDE", "从业人员享有知情权、建议权、批评检举控告权、拒绝违章指挥和强令冒险作业权、紧急避险权等。",
                    "《中华人民共和国安全生产法》第五十三条至第五十六条",
                    "知情权", "建议权", "批评、检举、控告权", "拒绝违章指挥权", "紧急避险权"},
            {"下列属于职业病危害因素的有（　　）。",
                    "ABCD", "粉尘、噪声、高温和放射性物质均属于职业病危害因素。", "《职业病危害因素分类目录》",
                    "粉尘", "噪声", "高温", "放射性物质"},
            {"职工有下列情形之一的，应当认定为工伤（　　）。",
                    "ABC", "醉酒或者吸毒导致伤亡的，不得认定为工伤。", "《工伤保险条例》第十四条、第十六条",
                    "在工作时间和工作场所内，因工作原因受到事故伤害的", "患职业病的",
                    "在上下班途中，受到非本人主要责任的交通事故伤害的", "醉酒或者吸毒导致本人伤亡的"},
            {"事故调查处理应当坚持“四不放过”原则，包括（　　）。",
                    "ABCD", "事故原因未查清、责任人员未处理、整改措施未落实、有关人员未受到教育，均不放过。",
                    "《生产安全事故报告和调查处理条例》",
                    "事故原因未查清不放过", "责任人员未处理不放过", "整改措施未落实不放过", "有关人员未受到教育不放过"},
            {"班组长的安全生产职责一般包括（　　）。",
                    "ABCF", "制定企业安全生产规划属于企业主要负责人和安全管理机构的职责。", "《企业安全生产标准化基本规范》",
                    "组织班前安全讲话", "检查作业现场安全状况", "制止违章作业", "制定企业安全生产规划",
                    "审批企业年度安全投入", "督促班组成员正确佩戴劳动防护用品"},
            {"工伤预防费可以用于（　　）。",
                    "AB", "工伤预防费用于宣传和培训等预防项目，不得用于支付工伤待遇或企业经营支出。", "《工伤预防费使用管理暂行办法》第四条",
                    "宣传", "培训", "伤残津贴", "偿还贷款"},
    };

    private static final String[][] TRUE_FALSE = {
            {"生产经营单位可以以货币或者其他物质等形式替代应当按规定配备的劳动防护用品。",
                    "错误", "劳动防护用品不得以货币或者其他物品替代。", "《用人单位劳动防护用品管理规范》第五条"},
            {"从业人员在作业过程中，应当严格落实岗位安全责任，遵守本单位的安全生产规章制度和操作规程。",
                    "正确", "这是从业人员的法定义务。", "《中华人民共和国安全生产法》第五十七条"},
            {"劳动者离开用人单位时，有权索取本人职业健康监护档案复印件，用人单位应当如实、无偿提供，并在所提供的复印件上签章。",
                    "正确", "用人单位应当如实、无偿提供并签章。", "《中华人民共和国职业病防治法》第三十六条"},
            {"职工因工外出期间，由于工作原因受到伤害的，不能认定为工伤。",
                    "错误", "因工外出期间由于工作原因受到伤害的，应当认定为工伤。", "《工伤保险条例》第十四条"},
            {"特种作业人员的操作资格证过期后，只要技术熟练，就可以继续上岗作业。",
                    "错误", "资格证过期未复审的不得上岗作业。", "《特种作业人员安全技术培训考核管理规定》"},
            {"生产经营单位不得因从业人员在紧急情况下停止作业或者采取紧急撤离措施而降低其工资、福利等待遇。",
                    "正确", "法律保护从业人员的紧急避险权。", "《中华人民共和国安全生产法》第五十五条"},
            {"用人单位不得安排未成年工从事接触职业病危害的作业。",
                    "正确", "未成年工和孕期、哺乳期女职工受特殊保护。", "《中华人民共和国职业病防治法》第三十八条"},
            {"工伤预防费可以用于企业购置生产设备。",
                    "错误", "工伤预防费专款专用，不得用于购置生产设备。", "《工伤预防费使用管理暂行办法》"},
    };
}
