package cn.kaowu.paper.assembly;

/** One exact version of a bank item: what a paper question is pinned to. */
public record ItemRef(long itemId, int version) {

    @Override
    public String toString() {
        return itemId + "v" + version;
    }
}
