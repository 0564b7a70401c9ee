package cn.kaowu.bank.importing;

import cn.kaowu.bank.item.AnswerKey;
import cn.kaowu.bank.item.FieldError;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemRules;
import cn.kaowu.bank.item.LegalBasis;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.Vocabulary;
import cn.kaowu.bank.template.RawItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a file's item (text) into an item draft: names of reference data to codes (unknown
 * names stay as they are, so the rules name them), numbers parsed, answer normalised, defaults
 * applied; then checks it with {@link ItemRules}.
 */
public final class ItemResolver {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；/|\\s]+");

    /** The draft and, if it is not well formed, what is wrong by field. */
    public record Resolution(ItemDraft draft, List<ImportError> errors) {
    }

    private ItemResolver() {
    }

    public static Resolution resolve(RawItem raw, Vocabulary vocabulary, ImportOptions options) {
        String areaText = orDefault(raw.contentArea(), options.defaultContentArea());
        String area = vocabulary.areaCode(areaText).orElse(areaText.strip());
        List<String> industries = codes(orDefault(raw.industries(), options.defaultIndustries()),
                vocabulary.industries(), vocabulary::industryCode);
        List<String> categories = codes(orDefault(raw.categories(), options.defaultCategories()),
                vocabulary.categories(), vocabulary::categoryCode);
        String difficultyText = orDefault(raw.difficulty(),
                options.defaultDifficulty() == null ? null : options.defaultDifficulty().toString());
        int difficulty = integer(difficultyText, 0);
        int points = raw.points() == null || raw.points().isBlank()
                ? raw.type().defaultPoints() : integer(raw.points(), 0);
        Taxonomy taxonomy = new Taxonomy(area, industries, categories, difficulty, LegalBasis.parse(raw.legalBasis()),
                strip(raw.knowledgePoint()), strip(raw.source()), strip(raw.author()));
        ItemDraft draft = new ItemDraft(raw.type(), strip(raw.stem()), raw.options().stream().map(ItemResolver::strip).toList(),
                AnswerKey.normalise(raw.type(), raw.answer()), strip(raw.explanation()), points, taxonomy).normalised();
        List<ImportError> errors = new ArrayList<>();
        for (FieldError error : ItemRules.check(draft, vocabulary)) {
            errors.add(new ImportError(raw.location(), error.field(), error.message()));
        }
        return new Resolution(draft, errors);
    }

    private static String orDefault(String value, String fallback) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        return fallback == null ? "" : fallback;
    }

    private static List<String> codes(String text, Map<String, String> namesByCode,
                                      Function<String, Optional<String>> lookup) {
        List<String> codes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        String list = text.strip();
        // a name that itself contains a separator (专职安全、职业健康管理人员) is replaced by its code first
        for (Map.Entry<String, String> entry : namesByCode.entrySet()) {
            if (LIST_SEPARATOR.matcher(entry.getValue()).find() && list.contains(entry.getValue())) {
                list = list.replace(entry.getValue(), entry.getKey());
            }
        }
        for (String part : LIST_SEPARATOR.split(list)) {
            if (part.isEmpty()) {
                continue;
            }
            String code = "全部".equals(part) || Taxonomy.ALL.equalsIgnoreCase(part)
                    ? Taxonomy.ALL : lookup.apply(part).orElse(part);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static int integer(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
