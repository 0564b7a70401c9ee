package cn.kaowu.core.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void a_short_password_is_rejected() {
        assertThat(PasswordPolicy.check("abc123").isAllowed()).isFalse();
    }

    @Test
    void a_password_without_digits_is_rejected() {
        assertThat(PasswordPolicy.check("abcdefghijkl").isAllowed()).isFalse();
    }

    @Test
    void ten_characters_with_letters_and_digits_are_allowed() {
        assertThat(PasswordPolicy.check("abcde12345").isAllowed()).isTrue();
    }

    @Test
    void a_stored_hash_is_bcrypt_and_not_the_password() {
        String hash = PasswordHasher.hash("abcde12345".toCharArray());
        assertThat(hash).startsWith("$2a$12$").doesNotContain("abcde12345");
        assertThat(PasswordHasher.matches("abcde12345".toCharArray(), hash)).isTrue();
        assertThat(PasswordHasher.matches("abcde12346".toCharArray(), hash)).isFalse();
    }
}
