package cn.kaowu.core.registry.service;

/** What the bureau enters to register an institution; the credit code is checked per GB 32100. */
public record NewInstitution(String name, String creditCode, String countyCode,
                             String contactName, String contactPhone, String address) {
}
