package cn.kaowu.paper.generation;

/**
 * A class (班次) that gets a paper.
 *
 * @param classId      the registry's id of the class
 * @param classCode    its code, printed on the paper
 * @param className    its name, printed in the header
 * @param industryCode its industry (reference code)
 * @param categoryCode its personnel category (reference code)
 * @param resit        true for a re-sit (补考) paper: it shares no item with the class's first paper
 */
public record ClassToExamine(long classId, String classCode, String className, String industryCode,
                             String categoryCode, boolean resit) {

    public static ClassToExamine firstSitting(long classId, String classCode, String className, String industryCode,
                                              String categoryCode) {
        return new ClassToExamine(classId, classCode, className, industryCode, categoryCode, false);
    }

    public static ClassToExamine resit(long classId, String classCode, String className, String industryCode,
                                       String categoryCode) {
        return new ClassToExamine(classId, classCode, className, industryCode, categoryCode, true);
    }

    String label() {
        return "班次" + classCode + "（" + className + "）" + (resit ? "补考卷" : "");
    }
}
