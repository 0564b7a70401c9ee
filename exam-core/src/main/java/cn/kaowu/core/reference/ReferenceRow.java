package cn.kaowu.core.reference;

/**
 * One row of a reference list as the administrator manages it, retired rows included.
 *
 * @param detail the list's extra text: an industry's "national" flag as 是/否, a category's short
 *               name, a content area's description, a county's city
 */
public record ReferenceRow(String code, String name, String detail, int sortOrder, boolean active) {
}
