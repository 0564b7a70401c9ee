package cn.kaowu.core.audit;

/**
 * The outcome of checking the audit log's hash chain.
 *
 * @param intact         whether every entry's hash matches its content and its predecessor
 * @param entriesChecked how many entries were read
 * @param firstBrokenId  the id of the first entry that does not match, or null when intact
 * @param reason         why that entry is broken, in Chinese, or null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification brokenAt(long checked, long id, String reason) {
        return new ChainVerification(false, checked, id, reason);
    }
}
