package cn.kaowu.bank.importing;

/**
 * One problem of an import, where the user finds it: "单选题 第12行 答案：多选题至少两个正确选项",
 * "第23题 答案：缺少答案", or for the whole file (location and field empty).
 */
public record ImportError(String location, String field, String message) {

    public static ImportError ofFile(String message) {
        return new ImportError("", "", message);
    }

    @Override
    public String toString() {
        String where = location.isEmpty() ? "" : location;
        if (!field.isEmpty()) {
            where = where.isEmpty() ? field : where + " " + field;
        }
        return where.isEmpty() ? message : where + "：" + message;
    }
}
