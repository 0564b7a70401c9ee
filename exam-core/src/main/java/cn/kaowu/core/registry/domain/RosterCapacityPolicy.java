package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

/** A roster never holds more trainees than its class's capacity. */
public final class RosterCapacityPolicy {

    private RosterCapacityPolicy() {
    }

    public static Verdict check(String classCode, int capacity, int trainees) {
        if (trainees > capacity) {
            return Verdict.rejected("班次" + classCode + "容量为" + capacity + "人，花名册将有" + trainees
                    + "人，超出" + (trainees - capacity) + "人");
        }
        return Verdict.allowed();
    }
}
