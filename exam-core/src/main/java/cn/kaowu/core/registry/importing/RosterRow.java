package cn.kaowu.core.registry.importing;

import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.domain.IdNumber;

/**
 * A roster row that passed the checks of its own cells.
 *
 * @param creditCode the enterprise's credit code, or null when not given
 */
public record RosterRow(int rowNumber, String realName, IdNumber idNumber, String phone, String enterpriseName,
                        String creditCode, String jobTitle, Hours hours) {
}
