package cn.kaowu.core.policy;

import java.util.Objects;

/**
 * What a rule answers: allowed, or rejected with a reason in Chinese that says what to fix.
 * Rules are small classes returning a verdict; services collect verdicts and refuse the change
 * with {@link RuleViolation} when any is a rejection.
 */
public sealed interface Verdict permits Verdict.Allowed, Verdict.Rejected {

    boolean isAllowed();

    static Verdict allowed() {
        return Allowed.INSTANCE;
    }

    static Verdict rejected(String reason) {
        return new Rejected(reason);
    }

    /** The rule holds. */
    final class Allowed implements Verdict {
        private static final Allowed INSTANCE = new Allowed();

        private Allowed() {
        }

        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public String toString() {
            return "Allowed";
        }
    }

    /** The rule does not hold; the reason tells the user what to fix. */
    record Rejected(String reason) implements Verdict {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
