package cn.kaowu.core.identity;

/**
 * The five roles of the exam process plus the administrator who manages accounts.
 * The Chinese label is what users see; the organisation kind is where such an account must belong.
 */
public enum Role {
    /** 出卷人: city bureau staff (or its commissioned agency) who keep the bank and build papers. */
    PAPER_BUILDER("出卷人", OrganisationKind.BUREAU),
    /** 监考员: county bureau staff who run the sessions they are assigned to. */
    INVIGILATOR("监考员", OrganisationKind.COUNTY_BUREAU),
    /** 考生: a trainee of a class. */
    CANDIDATE("考生", OrganisationKind.INSTITUTION),
    /** 施教单位: the training provider; sees its own classes' results and nothing about exams. */
    INSTITUTION("施教单位", OrganisationKind.INSTITUTION),
    /** 验收: human-resources bureau staff reading acceptance figures. */
    ACCEPTANCE_REVIEWER("验收", OrganisationKind.HR_BUREAU),
    /** 系统管理员: manages accounts and reference data; audits. */
    ADMIN("系统管理员", OrganisationKind.BUREAU);

    private final String label;
    private final OrganisationKind homeKind;

    Role(String label, OrganisationKind homeKind) {
        this.label = label;
        this.homeKind = homeKind;
    }

    public String label() {
        return label;
    }

    /** The kind of organisation an account of this role belongs to. */
    public OrganisationKind homeKind() {
        return homeKind;
    }
}
