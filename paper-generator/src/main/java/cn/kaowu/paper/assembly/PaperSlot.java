package cn.kaowu.paper.assembly;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One paper to assemble: for which class, from which candidates, and which items it must not use.
 *
 * @param label           how the paper is named in messages, e.g. "班次 K2026-031（矿山班组长一班）"
 * @param poolKey         slots with equal keys share the same candidate list (same industry × category)
 * @param poolLabel       the pool in words, e.g. "行业：矿山（含煤矿），人员类别：班组长"
 * @param pool            the active items that fit the class
 * @param excludedItemIds items this paper must not contain (a re-sit excludes the first paper's items)
 */
public record PaperSlot(String label, String poolKey, String poolLabel, List<CandidateItem> pool,
                        Set<Long> excludedItemIds) {

    public PaperSlot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(poolKey, "poolKey");
        Objects.requireNonNull(poolLabel, "poolLabel");
        pool = List.copyOf(pool);
        excludedItemIds = Set.copyOf(excludedItemIds);
    }
}
