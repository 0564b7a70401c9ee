package cn.kaowu.paper.assembly;

import java.util.Set;

/** A paper already generated in the period: new papers may share at most the cap with it. */
public record ExistingPaper(String label, Set<Long> itemIds) {

    public ExistingPaper {
        itemIds = Set.copyOf(itemIds);
    }
}
