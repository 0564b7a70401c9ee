package cn.kaowu.paper.generation;

/** A generation batch runs, then either completes (all papers written) or fails (none written). */
public enum BatchStatus {
    RUNNING("生成中"),
    COMPLETED("已完成"),
    FAILED("失败");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
