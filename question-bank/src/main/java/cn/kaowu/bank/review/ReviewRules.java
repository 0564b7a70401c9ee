package cn.kaowu.bank.review;

import cn.kaowu.bank.item.ItemRecord;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.Verdict;

/**
 * The review workflow as plain rules: draft → submitted → approved (active) or returned with a
 * comment → retired; editing makes a new draft version; the approver must not be its author.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    public static Verdict mayEdit(ItemRecord item, ItemType newType) {
        if (item.status() == ItemStatus.SUBMITTED) {
            return Verdict.rejected("试题" + item.id() + "已提交审核，审核完成（通过或退回）前不能修改");
        }
        if (item.status() == ItemStatus.RETIRED) {
            return Verdict.rejected("试题" + item.id() + "已停用，不能修改");
        }
        if (item.type() != newType) {
            return Verdict.rejected("试题" + item.id() + "不能改变题型（" + item.type().label() + "），请新建试题");
        }
        return Verdict.allowed();
    }

    public static Verdict maySubmit(ItemRecord item) {
        if (item.status() == ItemStatus.DRAFT || item.status() == ItemStatus.RETURNED) {
            return Verdict.allowed();
        }
        return Verdict.rejected("试题" + item.id() + "当前为“" + item.status().label() + "”，只有草稿或已退回的试题可以提交审核");
    }

    /**
     * Approving needs a submitted item whose newest version the approver did not write
     * ({@code versionAuthor} is the account that wrote it).
     */
    public static Verdict mayApprove(ItemRecord item, String versionAuthor, Caller approver) {
        if (item.status() != ItemStatus.SUBMITTED) {
            return Verdict.rejected("试题" + item.id() + "当前为“" + item.status().label() + "”，只有待审核的试题可以通过");
        }
        if (approver.username().equals(versionAuthor)) {
            return Verdict.rejected("试题" + item.id() + "由您本人编写，审核人不能是作者，请由其他出卷人审核");
        }
        return Verdict.allowed();
    }

    public static Verdict mayReturn(ItemRecord item, String comment) {
        if (item.status() != ItemStatus.SUBMITTED) {
            return Verdict.rejected("试题" + item.id() + "当前为“" + item.status().label() + "”，只有待审核的试题可以退回");
        }
        if (comment == null || comment.isBlank()) {
            return Verdict.rejected("退回试题" + item.id() + "须填写退回意见");
        }
        if (comment.length() > 1000) {
            return Verdict.rejected("退回意见不能超过1000字");
        }
        return Verdict.allowed();
    }

    public static Verdict mayRetire(ItemRecord item) {
        if (item.status() == ItemStatus.RETIRED) {
            return Verdict.rejected("试题" + item.id() + "已停用");
        }
        return Verdict.allowed();
    }
}
