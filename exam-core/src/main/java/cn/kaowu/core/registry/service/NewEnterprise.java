package cn.kaowu.core.registry.service;

/** An enterprise to register under an institution; credit code, industry and county are optional (null). */
public record NewEnterprise(String name, String creditCode, String industryCode, String countyCode) {
}
