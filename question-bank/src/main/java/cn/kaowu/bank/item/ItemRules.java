package cn.kaowu.bank.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an item well formed, as plain Java: option counts per type, a key that names
 * existing options (2+ for multiple choice), no options on a true/false item, codes that exist in
 * the reference data, difficulty 1–5. Returns every problem at once, by field.
 */
public final class ItemRules {

    public static final int MAX_STEM = 2000;
    public static final int MAX_OPTION = 1000;
    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_POINTS = 100;

    private ItemRules() {
    }

    public static List<FieldError> check(ItemDraft item, Vocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        checkStem(item, errors);
        checkOptions(item, errors);
        checkKey(item, errors);
        if (item.explanation().length() > MAX_EXPLANATION) {
            errors.add(new FieldError("解析", "不能超过" + MAX_EXPLANATION + "字"));
        }
        if (item.points() < 1 || item.points() > MAX_POINTS) {
            errors.add(new FieldError("分值", "应为1至" + MAX_POINTS + "的整数"));
        }
        checkTaxonomy(item.taxonomy(), vocabulary, errors);
        return errors;
    }

    private static void checkStem(ItemDraft item, List<FieldError> errors) {
        if (item.stem().isBlank()) {
            errors.add(new FieldError("题干", "不能为空"));
        } else if (item.stem().length() > MAX_STEM) {
            errors.add(new FieldError("题干", "不能超过" + MAX_STEM + "字，现有" + item.stem().length() + "字"));
        }
    }

    private static void checkOptions(ItemDraft item, List<FieldError> errors) {
        ItemType type = item.type();
        List<String> options = item.options();
        if (type == ItemType.TRUE_FALSE) {
            if (options.stream().anyMatch(o -> o != null && !o.isBlank())) {
                errors.add(new FieldError("选项", "判断题不应有选项"));
            }
            return;
        }
        int count = options.size();
        if (count < type.minOptions() || count > type.maxOptions()) {
            String wanted = type.minOptions() == type.maxOptions()
                    ? type.minOptions() + "个" : type.minOptions() + "至" + type.maxOptions() + "个";
            errors.add(new FieldError("选项", type.label() + "应有" + wanted + "选项，现有" + count + "个"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String option = options.get(i) == null ? "" : options.get(i).strip();
            String field = "选项" + ItemDraft.letter(i);
            if (option.isEmpty()) {
                errors.add(new FieldError(field, "不能为空"));
            } else if (option.length() > MAX_OPTION) {
                errors.add(new FieldError(field, "不能超过" + MAX_OPTION + "字"));
            } else if (!seen.add(option)) {
                errors.add(new FieldError(field, "与前面的选项重复"));
            }
        }
    }

    private static void checkKey(ItemDraft item, List<FieldError> errors) {
        String key = item.key();
        if (key.isBlank()) {
            errors.add(new FieldError("答案", "缺少答案"));
            return;
        }
        switch (item.type()) {
            case TRUE_FALSE -> {
                if (!AnswerKey.TRUE.equals(key) && !AnswerKey.FALSE.equals(key)) {
                    errors.add(new FieldError("答案", "判断题答案应为“正确”或“错误”，现为“" + key + "”"));
                }
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (!key.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    errors.add(new FieldError("答案", "应为选项字母（如 B 或 ABD），现为“" + key + "”"));
                    return;
                }
                for (char letter : key.toCharArray()) {
                    if (letter - 'A' >= item.options().size()) {
                        errors.add(new FieldError("答案", "答案中的选项" + letter + "不存在"));
                    }
                }
                if (item.type() == ItemType.SINGLE_CHOICE && key.length() != 1) {
                    errors.add(new FieldError("答案", "单选题只能有一个正确选项，现为“" + key + "”"));
                }
                if (item.type() == ItemType.MULTIPLE_CHOICE && key.length() < 2) {
                    errors.add(new FieldError("答案", "多选题至少两个正确选项"));
                }
            }
        }
    }

    private static void checkTaxonomy(Taxonomy taxonomy, Vocabulary vocabulary, List<FieldError> errors) {
        if (taxonomy.contentArea().isBlank()) {
            errors.add(new FieldError("内容领域", "不能为空"));
        } else if (!vocabulary.areas().containsKey(taxonomy.contentArea())) {
            errors.add(new FieldError("内容领域", "未知的内容领域“" + taxonomy.contentArea() + "”"));
        }
        checkCodes("适用行业", taxonomy.industries(), vocabulary.industries().keySet(), errors);
        checkCodes("人员类别", taxonomy.categories(), vocabulary.categories().keySet(), errors);
        if (taxonomy.difficulty() < 1 || taxonomy.difficulty() > 5) {
            errors.add(new FieldError("难度", "应为1至5的整数"));
        }
        LegalBasis basis = taxonomy.legalBasis();
        if (basis.lawName().length() > MAX_SHORT_TEXT || basis.article().length() > MAX_SHORT_TEXT) {
            errors.add(new FieldError("法规依据", "不能超过" + MAX_SHORT_TEXT + "字"));
        }
        if (taxonomy.knowledgePoint().length() > MAX_SHORT_TEXT) {
            errors.add(new FieldError("知识点", "不能超过" + MAX_SHORT_TEXT + "字"));
        }
        if (taxonomy.source().length() > MAX_SHORT_TEXT) {
            errors.add(new FieldError("来源", "不能超过" + MAX_SHORT_TEXT + "字"));
        }
        if (taxonomy.author().length() > 100) {
            errors.add(new FieldError("作者", "不能超过100字"));
        }
    }

    private static void checkCodes(String field, List<String> codes, Set<String> known, List<FieldError> errors) {
        if (codes.isEmpty()) {
            errors.add(new FieldError(field, "不能为空（可填“全部”）"));
            return;
        }
        if (codes.contains(Taxonomy.ALL) && codes.size() > 1) {
            errors.add(new FieldError(field, "已填“全部”时不应再列出其他项"));
        }
        for (String code : codes) {
            if (!Taxonomy.ALL.equals(code) && !known.contains(code)) {
                errors.add(new FieldError(field, "未知的" + field + "“" + code + "”"));
            }
        }
    }
}
