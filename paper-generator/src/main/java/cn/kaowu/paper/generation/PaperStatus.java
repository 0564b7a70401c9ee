package cn.kaowu.paper.generation;

/** The life of a paper: generated, sealed (content frozen), opened at its session, closed. */
public enum PaperStatus {
    GENERATED("已生成"),
    SEALED("已封存"),
    OPEN("已开考"),
    CLOSED("已结束");

    private final String label;

    PaperStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a generated paper may be regenerated, discarded or sealed; from sealing on it is frozen. */
    public boolean editable() {
        return this == GENERATED;
    }
}
