package cn.kaowu.core.registry.demo;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.domain.CreditCode;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;
import cn.kaowu.core.registry.importing.RosterColumn;
import cn.kaowu.core.registry.service.ClassDraft;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.core.registry.service.InstitutionService;
import cn.kaowu.core.registry.service.NewEnterprise;
import cn.kaowu.core.registry.service.NewInstitution;
import cn.kaowu.core.registry.service.NewProject;
import cn.kaowu.core.registry.service.ProjectTarget;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.core.registry.service.RosterImportResult;
import cn.kaowu.core.registry.service.RosterImportService;
import cn.kaowu.core.registry.service.RosterService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic, deterministic demo city (牡丹江市): two institutions, six enterprises in mining,
 * machinery and hazardous chemicals, one 2026 project each, six classes of all three categories
 * and about 150 trainees with valid synthetic ID numbers, about one in ten short of hours on
 * purpose. Everything goes through the services, so the rules and the audit log apply. Seed a
 * database once: the institutions' names are unique.
 */
@Singleton
public class DemoCity {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "志", "文", "海", "波", "鹏", "辉",
            "玉", "兰", "春", "红", "东", "峰", "宇", "浩"};
    private static final String[] COUNTIES = {"231002", "231003", "231004", "231005", "231025", "231081", "231083",
            "231084", "231085", "231086"};

    private final InstitutionService institutions;
    private final cn.kaowu.core.registry.service.ProjectService projects;
    private final ClassService classes;
    private final RosterImportService imports;
    private final RosterService rosters;

    public DemoCity(InstitutionService institutions, cn.kaowu.core.registry.service.ProjectService projects,
                    ClassService classes, RosterImportService imports, RosterService rosters) {
        this.institutions = institutions;
        this.projects = projects;
        this.classes = classes;
        this.imports = imports;
        this.rosters = rosters;
    }

    /** Seeds the city as {@code caller} (the bureau: an administrator or paper builder, e.g. {@link Caller#system()}). */
    @Transactional
    public DemoCityData seed(Caller caller) {
        Random random = new Random(20260101L);
        long centre = institutions.registerInstitution(caller, new NewInstitution("牡丹江市安全生产培训中心",
                creditCode(random, "12", "231000"), "231002", "刘志刚", "0453-6281234", "牡丹江市东安区太平路128号"))
                .organisationId();
        long college = institutions.registerInstitution(caller, new NewInstitution("牡丹江技师学院",
                creditCode(random, "12", "231000"), "231004", "王红梅", "0453-6925678", "牡丹江市爱民区西三条路66号"))
                .organisationId();

        enterprise(caller, centre, "牡丹江恒达矿业有限公司", "MINING", "231025", random);
        enterprise(caller, centre, "穆棱市金山煤矿有限责任公司", "MINING", "231085", random);
        enterprise(caller, centre, "牡丹江北方机械制造有限公司", "MACHINERY", "231003", random);
        enterprise(caller, centre, "海林市重型机械有限公司", "MACHINERY", "231083", random);
        enterprise(caller, college, "牡丹江龙江化工有限公司", "HAZARDOUS_CHEMICALS", "231005", random);
        enterprise(caller, college, "宁安市东化危险化学品储运有限公司", "HAZARDOUS_CHEMICALS", "231084", random);

        ProjectView centreProject = projects.createProject(caller, new NewProject(2026, centre,
                "2026年牡丹江市矿山、机械制造行业工伤预防能力提升培训项目", new BigDecimal("180000.00"), 4, List.of(
                new ProjectTarget("PRINCIPAL", "MINING", 30), new ProjectTarget("TEAM_LEADER", "MINING", 40),
                new ProjectTarget("MANAGER", "MACHINERY", 40), new ProjectTarget("TEAM_LEADER", "MACHINERY", 40))));
        ProjectView collegeProject = projects.createProject(caller, new NewProject(2026, college,
                "2026年牡丹江市危险化学品行业工伤预防能力提升培训项目", new BigDecimal("90000.00"), 2, List.of(
                new ProjectTarget("PRINCIPAL", "HAZARDOUS_CHEMICALS", 30),
                new ProjectTarget("MANAGER", "HAZARDOUS_CHEMICALS", 40))));

        Hours leaders = Hours.of(8, 7, 5);
        Hours others = Hours.of(6, 9, 0);
        List<ClassSpec> specs = List.of(
                new ClassSpec(centreProject.id(), "PRINCIPAL", "MINING", "231025", LocalDate.of(2026, 4, 13), others, 40,
                        List.of("牡丹江恒达矿业有限公司", "穆棱市金山煤矿有限责任公司"), "分管安全副矿长"),
                new ClassSpec(centreProject.id(), "TEAM_LEADER", "MINING", "231085", LocalDate.of(2026, 5, 11), leaders, 80,
                        List.of("牡丹江恒达矿业有限公司", "穆棱市金山煤矿有限责任公司"), "采煤班班长"),
                new ClassSpec(centreProject.id(), "MANAGER", "MACHINERY", "231003", LocalDate.of(2026, 6, 8), others, 80,
                        List.of("牡丹江北方机械制造有限公司", "海林市重型机械有限公司"), "专职安全员"),
                new ClassSpec(centreProject.id(), "TEAM_LEADER", "MACHINERY", "231083", LocalDate.of(2026, 7, 6), leaders, 80,
                        List.of("牡丹江北方机械制造有限公司", "海林市重型机械有限公司"), "车间主任"),
                new ClassSpec(collegeProject.id(), "PRINCIPAL", "HAZARDOUS_CHEMICALS", "231005", LocalDate.of(2026, 4, 20),
                        others, 40, List.of("牡丹江龙江化工有限公司", "宁安市东化危险化学品储运有限公司"), "分管安全副总经理"),
                new ClassSpec(collegeProject.id(), "MANAGER", "HAZARDOUS_CHEMICALS", "231084", LocalDate.of(2026, 6, 15),
                        others, 80, List.of("牡丹江龙江化工有限公司", "宁安市东化危险化学品储运有限公司"), "安全环保部主管"));

        List<Long> classIds = new ArrayList<>();
        long candidate = 0;
        java.util.Set<String> usedIds = new java.util.HashSet<>();
        for (ClassSpec spec : specs) {
            ClassView created = classes.createClass(caller, new ClassDraft(spec.projectId, "", spec.category, spec.industry,
                    spec.county, spec.start, spec.start.plusDays(4), spec.hours, spec.capacity));
            classIds.add(created.id());
            RosterImportResult result = imports.importRoster(caller, created.id(), created.code() + ".csv",
                    rosterCsv(random, spec, usedIds));
            if (!result.imported()) {
                throw new IllegalStateException("demo roster refused: " + result.errorTexts());
            }
            if (candidate == 0) {
                candidate = rosters.eligibleCandidates(caller, created.id()).get(0).personId();
            }
        }
        return new DemoCityData(List.of(centre, college), List.copyOf(classIds), candidate);
    }

    private void enterprise(Caller caller, long institution, String name, String industry, String county, Random random) {
        institutions.registerEnterprise(caller, institution,
                new NewEnterprise(name, creditCode(random, "91", county), industry, county));
    }

    private static byte[] rosterCsv(Random random, ClassSpec spec, java.util.Set<String> usedIds) {
        StringBuilder csv = new StringBuilder();
        RosterColumn[] columns = RosterColumn.values();
        for (int c = 0; c < columns.length; c++) {
            csv.append(c == 0 ? "" : ",").append(columns[c].header());
        }
        csv.append('\n');
        int size = 25;
        for (int i = 0; i < size; i++) {
            String id;
            do {
                id = idNumber(random);
            } while (!usedIds.add(id));
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextInt(3) == 0 ? "" : GIVEN[random.nextInt(GIVEN.length)]);
            String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            Hours hours = spec.hours;
            boolean shortOfHours = i > 0 && random.nextInt(10) == 0;
            if (shortOfHours) {
                hours = new Hours(hours.online(), hours.offline().subtract(BigDecimal.valueOf(4 + random.nextInt(3))),
                        hours.practical());
            }
            csv.append(name).append(',').append(id).append(',').append(phone).append(',')
                    .append(spec.enterprises.get(i % spec.enterprises.size())).append(",,").append(spec.jobTitle).append(',')
                    .append(hours.online().toPlainString()).append(',').append(hours.offline().toPlainString()).append(',')
                    .append(hours.practical().toPlainString()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String idNumber(Random random) {
        String area = COUNTIES[random.nextInt(COUNTIES.length)];
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(365 * 36));
        String first17 = area + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String creditCode(Random random, String prefix, String area) {
        StringBuilder code = new StringBuilder(prefix).append(area);
        for (int i = 0; i < 9; i++) {
            code.append(CreditCode.CHARSET.charAt(random.nextInt(i < 8 ? 10 : CreditCode.CHARSET.length())));
        }
        return code.toString() + CreditCode.checkCharacter(code.toString());
    }

    private record ClassSpec(long projectId, String category, String industry, String county, LocalDate start, Hours hours,
                             int capacity, List<String> enterprises, String jobTitle) {
    }
}
