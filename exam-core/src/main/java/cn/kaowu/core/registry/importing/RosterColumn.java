package cn.kaowu.core.registry.importing;

import cn.kaowu.core.registry.domain.TextNormaliser;

import java.util.Optional;

/** The columns of a roster file, by their Chinese header; all but the credit code are required. */
public enum RosterColumn {
    NAME("姓名", true, "张三"),
    ID_NUMBER("身份证号", true, "11010519491231002X"),
    PHONE("手机号", true, "13800138000"),
    ENTERPRISE("所在企业", true, "牡丹江示例矿业有限公司"),
    CREDIT_CODE("统一社会信用代码", false, "91231000MA1B2C3D4G"),
    JOB_TITLE("岗位", true, "安全管理员"),
    ONLINE_HOURS("线上学时", true, "6"),
    OFFLINE_HOURS("线下学时", true, "9"),
    PRACTICAL_HOURS("实训学时", true, "0");

    private final String header;
    private final boolean required;
    private final String example;

    RosterColumn(String header, boolean required, String example) {
        this.header = header;
        this.required = required;
        this.example = example;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    /**
     * The column a header cell names: spaces, full-width letters, a leading or trailing "*" and a
     * trailing "（选填）" / "（必填）" are ignored.
     */
    public static Optional<RosterColumn> ofHeader(String text) {
        String cleaned = TextNormaliser.normalise(text).replace(" ", "").replace("*", "")
                .replaceAll("[（(](选填|必填|可选|可不填)[)）]$", "");
        for (RosterColumn column : values()) {
            if (column.header.equals(cleaned)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
