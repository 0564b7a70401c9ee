package cn.kaowu.core.registry.service;

/** A training institution (施教单位): its organisation row and details. */
public record InstitutionView(long organisationId, String name, String creditCode, String countyCode,
                              String contactName, String contactPhone, String address, boolean active) {
}
