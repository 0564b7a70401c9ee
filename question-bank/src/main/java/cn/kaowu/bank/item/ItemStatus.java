package cn.kaowu.bank.item;

/** Where an item stands in review: draft → submitted → approved (active) or returned → retired. */
public enum ItemStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    ACTIVE("已启用"),
    RETIRED("已停用");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
