package cn.kaowu.core.identity;

import cn.kaowu.core.policy.Verdict;

/** A password must be long enough and mix letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static Verdict check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Verdict.rejected("密码至少需要" + MIN_LENGTH + "位");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Verdict.rejected("密码须同时包含字母和数字");
        }
        return Verdict.allowed();
    }
}
