package cn.kaowu.core.registry.service;

import java.time.LocalDate;
import java.util.List;

/** A person's record across years (一人一档) with the classes they were on; ID number masked unless paper builder. */
public record PersonView(long id, String realName, String idNumber, LocalDate birthDate, String gender,
                         String phone, List<String> classCodes) {
}
