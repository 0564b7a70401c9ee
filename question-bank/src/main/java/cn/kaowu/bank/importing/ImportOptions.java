package cn.kaowu.bank.importing;

/**
 * How to import.
 *
 * @param approve           import the items as approved (active) instead of drafts; recorded in
 *                          the audit log as approved-by-import
 * @param defaultContentArea content area (code or name) for items that give none (a .docx usually
 *                          has no taxonomy); null: such items are errors
 * @param defaultIndustries  industries for items that give none, e.g. "全部"; null: error
 * @param defaultCategories  personnel categories for items that give none; null: error
 * @param defaultDifficulty  difficulty for items that give none; null: error
 */
public record ImportOptions(boolean approve, String defaultContentArea, String defaultIndustries,
                            String defaultCategories, Integer defaultDifficulty) {

    /** Drafts; every item must give its own classification. */
    public static ImportOptions drafts() {
        return new ImportOptions(false, null, null, null, null);
    }

    /** Approved on import (paper builder / administrator); every item gives its own classification. */
    public static ImportOptions approved() {
        return new ImportOptions(true, null, null, null, null);
    }

    public ImportOptions withDefaults(String contentArea, String industries, String categories, Integer difficulty) {
        return new ImportOptions(approve, contentArea, industries, categories, difficulty);
    }
}
