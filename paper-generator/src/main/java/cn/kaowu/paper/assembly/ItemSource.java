package cn.kaowu.paper.assembly;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The question bank as the paper generator needs it: a port, implemented over the bank by an
 * adapter outside this module's assembly code (and in memory by {@link InMemoryItemSource}).
 *
 * <p>Both methods must read one consistent snapshot per call; the generator calls
 * {@link #activeItemsFor} once per (industry, category) pair of a batch.
 */
public interface ItemSource {

    /**
     * The items that may appear on a paper for a class of this industry and personnel category:
     * only items whose current version is active (approved, not retired), each with that version,
     * and only those whose industries include the industry (or are "all") and whose categories
     * include the category (or are "all"). Order does not matter.
     */
    List<CandidateItem> activeItemsFor(String industryCode, String categoryCode);

    /**
     * The full content of exactly these versions, whatever their status today (a paper stays
     * printable after an item is retired or revised). Every requested reference must be present
     * in the answer; a missing one is an error of the bank.
     */
    Map<ItemRef, PinnedItem> load(Collection<ItemRef> refs);
}
