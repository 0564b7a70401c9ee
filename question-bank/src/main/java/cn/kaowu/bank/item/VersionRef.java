package cn.kaowu.bank.item;

/** An exact version of an item, as a paper pins it. */
public record VersionRef(long itemId, int version) {
}
