package cn.kaowu.core.testing;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;

/** Callers of every role for access tests; organisation ids are arbitrary but distinct. */
public final class TestCallers {

    public static final long BUREAU = 1;
    public static final long COUNTY = 2;
    public static final long INSTITUTION_A = 3;
    public static final long INSTITUTION_B = 4;
    public static final long HR_BUREAU = 5;

    private TestCallers() {
    }

    public static Caller paperBuilder() {
        return new Caller(101, "builder", Role.PAPER_BUILDER, BUREAU);
    }

    public static Caller admin() {
        return new Caller(102, "admin", Role.ADMIN, BUREAU);
    }

    public static Caller invigilator() {
        return new Caller(103, "invigilator", Role.INVIGILATOR, COUNTY);
    }

    public static Caller institutionA() {
        return new Caller(104, "institution-a", Role.INSTITUTION, INSTITUTION_A);
    }

    public static Caller institutionB() {
        return new Caller(105, "institution-b", Role.INSTITUTION, INSTITUTION_B);
    }

    public static Caller candidate() {
        return new Caller(106, "candidate", Role.CANDIDATE, INSTITUTION_A);
    }

    public static Caller reviewer() {
        return new Caller(107, "reviewer", Role.ACCEPTANCE_REVIEWER, HR_BUREAU);
    }

    /** Every caller that must be refused exam content (questions, blueprints, papers). */
    public static Caller[] notPaperBuilders() {
        return new Caller[]{invigilator(), institutionA(), candidate(), reviewer()};
    }
}
