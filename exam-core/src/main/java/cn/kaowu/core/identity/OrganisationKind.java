package cn.kaowu.core.identity;

/** Where an account belongs; the organisation is the scope that 培考分离 is enforced on. */
public enum OrganisationKind {
    /** 市应急管理局 — the city emergency-management bureau. */
    BUREAU("市应急管理局"),
    /** 县级应急管理局 — a county bureau, whose staff invigilate. */
    COUNTY_BUREAU("县级应急管理局"),
    /** 施教单位 — a training institution. */
    INSTITUTION("施教单位"),
    /** 人社局 — the human-resources and social-security bureau. */
    HR_BUREAU("人力资源和社会保障局");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
