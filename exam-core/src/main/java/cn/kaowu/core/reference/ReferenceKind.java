package cn.kaowu.core.reference;

/** The lists of reference data, each kept in its own table. */
public enum ReferenceKind {
    INDUSTRY("industry", "行业"),
    PERSONNEL_CATEGORY("personnel_category", "人员类别"),
    CONTENT_AREA("content_area", "内容领域"),
    COUNTY("county", "县（市、区）");

    private final String table;
    private final String label;

    ReferenceKind(String table, String label) {
        this.table = table;
        this.label = label;
    }

    String table() {
        return table;
    }

    public String label() {
        return label;
    }
}
