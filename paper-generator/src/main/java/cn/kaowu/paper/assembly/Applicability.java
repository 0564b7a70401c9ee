package cn.kaowu.paper.assembly;

import java.util.Objects;
import java.util.Set;

/**
 * To which industries (or personnel categories) an item applies: all of them ({@link #all()},
 * {@code everything} true),
 * or the listed codes. An empty list of codes applies to none — never read as "all".
 */
public record Applicability(boolean everything, Set<String> codes) {

    private static final Applicability ALL = new Applicability(true, Set.of());

    public Applicability {
        codes = everything ? Set.of() : Set.copyOf(Objects.requireNonNull(codes, "codes"));
    }

    public static Applicability all() {
        return ALL;
    }

    public static Applicability of(Set<String> codes) {
        return new Applicability(false, codes);
    }

    public static Applicability of(String... codes) {
        return new Applicability(false, Set.of(codes));
    }

    /** Whether an item with this applicability may be put before a class of the given code. */
    public boolean includes(String code) {
        return everything || codes.contains(code);
    }
}
