package cn.kaowu.bank.item;

/** An item's state with the content of its newest version (what the editor shows). */
public record ItemDetail(ItemRecord item, ItemVersion latest) {
}
