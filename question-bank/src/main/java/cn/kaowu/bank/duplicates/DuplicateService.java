package cn.kaowu.bank.duplicates;

import cn.kaowu.bank.item.Items;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate detection against the bank (on save and import) and the bank-wide report.
 * Compares with the newest version of every item that is not retired.
 */
@Singleton
public class DuplicateService {

    /** Up to this many new stems are compared with the bank one by one (exact); more go through MinHash/LSH. */
    static final int SCAN_LIMIT = 20;

    private final Items items;

    public DuplicateService(Items items) {
        this.items = items;
    }

    /** Which of the given stems resemble a bank item or each other (paper builder only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateFlag> check(Caller caller, List<String> stems) {
        return flag(caller, stems, null);
    }

    /** Every pair of near-duplicate items in the bank, most similar first (paper builder only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicatePair> report(Caller caller) {
        AccessPolicy.requireExamContent(caller);
        Map<Long, String> live = items.liveStems();
        List<Long> ids = new ArrayList<>(live.keySet());
        ids.sort(Long::compare);
        List<String> stems = ids.stream().map(live::get).toList();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (NearDuplicates.Match m : NearDuplicates.pairs(stems, 0, NearDuplicates.DEFAULT_THRESHOLD)) {
            pairs.add(new DuplicatePair(ids.get(m.first()), stems.get(m.first()), ids.get(m.second()),
                    stems.get(m.second()), m.similarity()));
        }
        pairs.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return pairs;
    }

    /**
     * Flags new stems against the bank (leaving out {@code excludeItemId}, the item being edited)
     * and against each other; used on save and import.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateFlag> flag(Caller caller, List<String> newStems, Long excludeItemId) {
        AccessPolicy.requireExamContent(caller);
        Map<Long, String> live = items.liveStems();
        if (excludeItemId != null) {
            live.remove(excludeItemId);
        }
        List<Long> ids = new ArrayList<>(live.keySet());
        List<String> all = new ArrayList<>(ids.size() + newStems.size());
        ids.forEach(id -> all.add(live.get(id)));
        int firstNew = all.size();
        all.addAll(newStems);
        List<DuplicateFlag> flags = new ArrayList<>();
        List<NearDuplicates.Match> matches = newStems.size() <= SCAN_LIMIT
                ? NearDuplicates.pairsByScan(all, firstNew, NearDuplicates.DEFAULT_THRESHOLD)
                : NearDuplicates.pairs(all, firstNew, NearDuplicates.DEFAULT_THRESHOLD);
        for (NearDuplicates.Match m : matches) {
            int newer = m.second() - firstNew;
            if (m.first() < firstNew) {
                flags.add(new DuplicateFlag(newer, ids.get(m.first()), null, all.get(m.first()), m.similarity()));
            } else {
                flags.add(new DuplicateFlag(newer, null, m.first() - firstNew, all.get(m.first()), m.similarity()));
            }
        }
        return flags;
    }
}
