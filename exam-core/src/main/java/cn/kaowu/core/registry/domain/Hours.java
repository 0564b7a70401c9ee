package cn.kaowu.core.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Training hours (学时) of a class or a trainee in three disjoint parts, as the roster template's
 * three columns have them: online (线上), offline classroom (线下) and practical (实训, also in
 * person). The total is their sum; the in-person (线下) share counts offline and practical hours,
 * so the seed's example "team leaders 20 h = 8 online + 12 offline (3 practical + 9 theory)" is
 * written 8 / 9 / 3.
 */
public record Hours(BigDecimal online, BigDecimal offline, BigDecimal practical) {

    public static final Hours NONE = of(0, 0, 0);

    public Hours {
        online = scaled(online);
        offline = scaled(offline);
        practical = scaled(practical);
    }

    public static Hours of(double online, double offline, double practical) {
        return new Hours(BigDecimal.valueOf(online), BigDecimal.valueOf(offline), BigDecimal.valueOf(practical));
    }

    public BigDecimal total() {
        return online.add(offline).add(practical);
    }

    /** Offline classroom plus practical hours: everything not online. */
    public BigDecimal inPerson() {
        return offline.add(practical);
    }

    /** Part of the total in percent, e.g. offline share; zero when the total is zero. */
    public BigDecimal percentOfTotal(BigDecimal part) {
        if (total().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(total(), 1, RoundingMode.DOWN);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return Objects.requireNonNull(value, "hours").setScale(1, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return "线上" + online.toPlainString() + "、线下" + offline.toPlainString() + "（实训" + practical.toPlainString() + "）";
    }
}
