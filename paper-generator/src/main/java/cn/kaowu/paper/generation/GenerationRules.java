package cn.kaowu.paper.generation;

import cn.kaowu.core.policy.Verdict;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.TaxonomyNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a generation request on its own: classes, period, cap, names. */
public final class GenerationRules {

    static final int MAX_CLASSES = 2000;

    private GenerationRules() {
    }

    public static List<Verdict> check(GenerationRequest request, TaxonomyNames names) {
        List<Verdict> verdicts = new ArrayList<>();
        if (request.classes().isEmpty()) {
            verdicts.add(Verdict.rejected("请至少选择一个班次"));
        } else if (request.classes().size() > MAX_CLASSES) {
            verdicts.add(Verdict.rejected("一次最多为" + MAX_CLASSES + "个班次生成试卷，当前为" + request.classes().size() + "个"));
        }
        if (request.period() == null || request.period().isBlank()) {
            verdicts.add(Verdict.rejected("请填写期间（如2026-03），重叠上限在同一期间的试卷之间计算"));
        } else if (request.period().strip().length() > 20) {
            verdicts.add(Verdict.rejected("期间不能超过20个字符"));
        }
        if (!(request.overlapCap() >= 0 && request.overlapCap() <= 1)) {
            verdicts.add(Verdict.rejected("重叠上限须在0%至100%之间，当前为" + request.overlapCap() * 100 + "%"));
        }
        if (request.examName() == null || request.examName().isBlank()) {
            verdicts.add(Verdict.rejected("请填写考试名称"));
        } else if (request.examName().strip().length() > 200) {
            verdicts.add(Verdict.rejected("考试名称不能超过200个字"));
        }
        Set<String> seen = new HashSet<>();
        Set<Long> withFirst = new HashSet<>();
        Set<Long> withResit = new HashSet<>();
        int line = 0;
        for (ClassToExamine wanted : request.classes()) {
            line++;
            String where = "第" + line + "个班次" + (wanted.classCode() == null ? "" : "（" + wanted.classCode() + "）");
            if (wanted.classCode() == null || wanted.classCode().isBlank() || wanted.classCode().strip().length() > 40) {
                verdicts.add(Verdict.rejected(where + "：班次编号不能为空且不超过40个字符"));
            }
            if (wanted.className() == null || wanted.className().isBlank() || wanted.className().strip().length() > 200) {
                verdicts.add(Verdict.rejected(where + "：班次名称不能为空且不超过200个字"));
            }
            if (wanted.industryCode() == null || !names.industries().containsKey(wanted.industryCode())) {
                verdicts.add(Verdict.rejected(where + "：未知行业代码 " + wanted.industryCode()));
            }
            if (wanted.categoryCode() == null || !names.categories().containsKey(wanted.categoryCode())) {
                verdicts.add(Verdict.rejected(where + "：未知人员类别代码 " + wanted.categoryCode()));
            }
            if (!seen.add(wanted.classId() + "|" + wanted.resit())) {
                verdicts.add(Verdict.rejected(where + "：在本次请求中出现了两次"));
            }
            (wanted.resit() ? withResit : withFirst).add(wanted.classId());
        }
        for (Long classId : withResit) {
            if (withFirst.contains(classId)) {
                verdicts.add(Verdict.rejected("同一批次不能同时生成班次（编号" + codeOf(request, classId)
                        + "）的首考卷和补考卷：补考卷须在首考卷生成之后生成"));
            }
        }
        return verdicts;
    }

    /** A blueprint for one industry or category only fits classes of that industry or category. */
    public static List<Verdict> classesFitBlueprint(GenerationRequest request, Blueprint blueprint, TaxonomyNames names) {
        List<Verdict> verdicts = new ArrayList<>();
        for (ClassToExamine wanted : request.classes()) {
            if (blueprint.industry() != null && !blueprint.industry().equals(wanted.industryCode())) {
                verdicts.add(Verdict.rejected("班次" + wanted.classCode() + "的行业为" + names.industry(wanted.industryCode())
                        + "，组卷方案“" + blueprint.name() + "”只适用于" + names.industry(blueprint.industry())));
            }
            if (blueprint.personnelCategory() != null && !blueprint.personnelCategory().equals(wanted.categoryCode())) {
                verdicts.add(Verdict.rejected("班次" + wanted.classCode() + "的人员类别为" + names.category(wanted.categoryCode())
                        + "，组卷方案“" + blueprint.name() + "”只适用于" + names.category(blueprint.personnelCategory())));
            }
        }
        return verdicts;
    }

    private static String codeOf(GenerationRequest request, long classId) {
        return request.classes().stream().filter(c -> c.classId() == classId).map(ClassToExamine::classCode)
                .findFirst().orElse(String.valueOf(classId));
    }
}
