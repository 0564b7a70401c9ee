package cn.kaowu.bank.exporting;

import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.Items;
import cn.kaowu.bank.item.VersionRef;
import cn.kaowu.bank.item.Vocabulary;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.bank.template.TemplateWriter;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceData;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exporting the bank, or the part a query selects (newest version of each item), as the .xlsx
 * import template (cells that would run as formulas are prefixed with ') or as a QTI 2.1
 * package. Exports contain answer keys: paper builder (and administrator) only, and audited.
 */
@Singleton
public class ExportService {

    private final ItemSearch search;
    private final Items items;
    private final ReferenceData referenceData;
    private final AuditLog auditLog;

    public ExportService(ItemSearch search, Items items, ReferenceData referenceData, AuditLog auditLog) {
        this.search = search;
        this.items = items;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
    }

    /** Writes the selected items (null: the whole bank) as .xlsx; returns how many. */
    @Transactional
    public int exportXlsx(Caller caller, ItemQuery query, OutputStream out) {
        AccessPolicy.requireExamContent(caller);
        List<ItemVersion> selected = selected(caller, query);
        Vocabulary vocabulary = Vocabulary.of(referenceData);
        TemplateWriter.write(selected.stream().map(v -> ExportRows.toRow(v.content(), vocabulary)).toList(), out);
        auditLog.record(caller, "item.export", "item", "xlsx", "导出" + selected.size() + "题（xlsx）");
        return selected.size();
    }

    /** Writes the selected items (null: the whole bank) as a QTI 2.1 content package; returns how many. */
    @Transactional
    public int exportQti(Caller caller, ItemQuery query, OutputStream out) {
        AccessPolicy.requireExamContent(caller);
        List<ItemVersion> selected = selected(caller, query);
        QtiWriter.write(selected, out);
        auditLog.record(caller, "item.export", "item", "qti", "导出" + selected.size() + "题（QTI 2.1）");
        return selected.size();
    }

    private List<ItemVersion> selected(Caller caller, ItemQuery query) {
        ItemQuery effective = query == null ? ItemQuery.all(0, 1).sortedBy(ItemQuery.Sort.ID, false) : query;
        List<VersionRef> refs = search.matchingVersions(caller, effective);
        Map<VersionRef, ItemVersion> loaded = new HashMap<>();
        items.versions(refs).forEach(v -> loaded.put(v.ref(), v));
        return refs.stream().map(loaded::get).toList();
    }
}
