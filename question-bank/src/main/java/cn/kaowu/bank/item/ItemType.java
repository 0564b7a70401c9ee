package cn.kaowu.bank.item;

/**
 * The item types of Chinese work-safety exams. Sections of a paper follow this order.
 */
public enum ItemType {
    /** 单选题: four options, exactly one correct. */
    SINGLE_CHOICE("单选题", 1, 4, 4),
    /** 多选题: four to six options, two or more correct. */
    MULTIPLE_CHOICE("多选题", 2, 4, 6),
    /** 判断题: a statement that is true or false; no options. */
    TRUE_FALSE("判断题", 1, 0, 0);

    private final String label;
    private final int defaultPoints;
    private final int minOptions;
    private final int maxOptions;

    ItemType(String label, int defaultPoints, int minOptions, int maxOptions) {
        this.label = label;
        this.defaultPoints = defaultPoints;
        this.minOptions = minOptions;
        this.maxOptions = maxOptions;
    }

    /** The Chinese name, also the sheet name in the import template. */
    public String label() {
        return label;
    }

    public int defaultPoints() {
        return defaultPoints;
    }

    public int minOptions() {
        return minOptions;
    }

    public int maxOptions() {
        return maxOptions;
    }

    public static ItemType fromLabel(String label) {
        for (ItemType type : values()) {
            if (type.label.equals(label) || type.label.startsWith(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("未知题型：" + label);
    }
}
