package cn.kaowu.paper.assembly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An item source over items held in memory, for tests, demos and the benchmark. Each added item
 * is active in the version given; {@link #retire} takes one out of the active set while keeping
 * its content loadable, as the bank does.
 */
public final class InMemoryItemSource implements ItemSource {

    private final Map<Long, CandidateItem> active = new LinkedHashMap<>();
    private final Map<ItemRef, PinnedItem> contents = new HashMap<>();

    /** Adds (or replaces with a new version) an active item and its content. */
    public synchronized InMemoryItemSource add(CandidateItem item, PinnedItem content) {
        if (!item.ref().equals(content.ref()) || item.type() != content.type()) {
            throw new IllegalArgumentException("content does not belong to item " + item.ref());
        }
        active.put(item.itemId(), item);
        contents.put(item.ref(), content);
        return this;
    }

    /** Takes an item out of the active set; its versions stay loadable. */
    public synchronized void retire(long itemId) {
        active.remove(itemId);
    }

    public synchronized int activeCount() {
        return active.size();
    }

    @Override
    public synchronized List<CandidateItem> activeItemsFor(String industryCode, String categoryCode) {
        List<CandidateItem> fitting = new ArrayList<>();
        for (CandidateItem item : active.values()) {
            if (item.fits(industryCode, categoryCode)) {
                fitting.add(item);
            }
        }
        return fitting;
    }

    @Override
    public synchronized Map<ItemRef, PinnedItem> load(Collection<ItemRef> refs) {
        Map<ItemRef, PinnedItem> found = new HashMap<>();
        for (ItemRef ref : refs) {
            PinnedItem item = contents.get(Objects.requireNonNull(ref));
            if (item == null) {
                throw new IllegalArgumentException("题库中没有题目版本 " + ref);
            }
            found.put(ref, item);
        }
        return found;
    }
}
