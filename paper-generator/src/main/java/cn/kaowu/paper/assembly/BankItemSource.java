package cn.kaowu.paper.assembly;

import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.bank.pool.ItemPoolService;
import cn.kaowu.bank.pool.PoolItem;
import cn.kaowu.core.identity.Caller;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's view of the question bank: active items as candidates, exact versions as
 * pinned content. The generation and blueprint services have checked their caller before they
 * ask, so the pool is read on their behalf as the system.
 */
@Singleton
public class BankItemSource implements ItemSource {

    private final ItemPoolService pool;

    public BankItemSource(ItemPoolService pool) {
        this.pool = pool;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CandidateItem> activeItemsFor(String industryCode, String categoryCode) {
        return pool.activeItems(Caller.system(), industryCode, categoryCode).stream()
                .map(BankItemSource::candidate)
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ItemRef, PinnedItem> load(Collection<ItemRef> refs) {
        List<VersionRef> wanted = refs.stream().map(r -> new VersionRef(r.itemId(), r.version())).toList();
        Map<ItemRef, PinnedItem> loaded = new LinkedHashMap<>();
        for (ItemVersion version : pool.loadVersions(Caller.system(), wanted)) {
            ItemRef ref = new ItemRef(version.itemId(), version.version());
            var content = version.content();
            loaded.put(ref, new PinnedItem(ref, content.type(), content.stem(), content.options(), content.key(),
                    content.explanation(), content.taxonomy().legalBasis().display()));
        }
        return loaded;
    }

    private static CandidateItem candidate(PoolItem item) {
        return new CandidateItem(item.itemId(), item.version(), item.type(), item.contentArea(), item.difficulty(),
                applicability(item.industries()), applicability(item.categories()));
    }

    private static Applicability applicability(List<String> codes) {
        return codes.isEmpty() || codes.contains(Taxonomy.ALL) ? Applicability.all() : Applicability.of(new HashSet<>(codes));
    }
}
