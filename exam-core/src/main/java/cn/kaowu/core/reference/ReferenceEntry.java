package cn.kaowu.core.reference;

/** One row of reference data: a stable code (stored) and the Chinese name (shown). */
public record ReferenceEntry(String code, String name) {
}
