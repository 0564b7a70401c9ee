package cn.kaowu.paper.assembly;

import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.TaxonomyNames;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that determines a batch of papers: with equal problems (same bank snapshot in the
 * pools, same blueprint, same papers already in the period, same exposure, same seed) the
 * assembler returns equal papers.
 *
 * @param blueprint      what each paper contains
 * @param names          Chinese names for messages
 * @param slots          the papers to make, in order (earlier papers constrain later ones)
 * @param existing       papers already generated in the period
 * @param priorExposure  how often each item was used before (item id → uses); missing means 0
 * @param overlapCap     the share of a paper's items two papers may have in common, 0 ≤ cap ≤ 1
 * @param seed           the random seed (tie-breaks among equally exposed items)
 */
public record AssemblyProblem(Blueprint blueprint, TaxonomyNames names, List<PaperSlot> slots,
                              List<ExistingPaper> existing, Map<Long, Integer> priorExposure,
                              double overlapCap, long seed) {

    /** The default overlap cap: any two papers share at most 20 % of their items. */
    public static final double DEFAULT_OVERLAP_CAP = 0.20;

    public AssemblyProblem {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(names, "names");
        slots = List.copyOf(slots);
        existing = List.copyOf(existing);
        priorExposure = Map.copyOf(priorExposure);
    }

    /** The number of items two papers may share: ⌊cap × questions⌋. */
    public int overlapLimit() {
        return overlapLimit(overlapCap, blueprint.questionCount());
    }

    public static int overlapLimit(double cap, int questions) {
        return (int) Math.floor(cap * questions + 1e-9);
    }
}
