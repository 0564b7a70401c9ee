package cn.kaowu.core.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last day of a class, both inclusive. */
public record ClassDates(LocalDate start, LocalDate end) {

    public ClassDates {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean overlaps(ClassDates other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "至" + end;
    }
}
