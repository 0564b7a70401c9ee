package cn.kaowu.core.registry.service;

/** A benefiting enterprise (受益企业) of an institution; credit code, industry and county may be unknown (null). */
public record EnterpriseView(long id, long institutionId, String name, String creditCode,
                             String industryCode, String countyCode) {
}
