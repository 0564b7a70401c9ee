package cn.kaowu.bank.item;

/**
 * One thing wrong with an item, by field: {@code field} is the column heading the user sees
 * (答案, 选项C, 难度…), {@code message} says what to fix.
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + "：" + message;
    }
}
