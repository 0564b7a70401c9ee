package cn.kaowu.bank.importing;

import cn.kaowu.bank.duplicates.DuplicateFlag;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.Items;
import cn.kaowu.bank.item.Vocabulary;
import cn.kaowu.bank.template.RawItem;
import cn.kaowu.bank.template.TemplateReader;
import cn.kaowu.bank.template.TemplateWriter;
import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.reference.ReferenceData;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Importing items from the .xlsx template, a .docx in the usual Chinese layout, or a QTI 2.1
 * package. All or nothing: every row is checked first and any problem refuses the whole file
 * with every problem by row and column ({@link ImportRejected}); nothing is written then.
 * Items start as drafts, or as approved when asked (paper builder / administrator; audited as
 * approved-by-import). Near-duplicates are flagged, not refused.
 */
@Singleton
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Items items;
    private final ReferenceData referenceData;
    private final DuplicateService duplicates;
    private final AuditLog auditLog;
    private final Clock clock;
    private final long maxBytes;

    public ImportService(Items items, ReferenceData referenceData, DuplicateService duplicates, AuditLog auditLog,
                         Clock clock, @Value("${kaowu.bank.import.max-bytes:20971520}") long maxBytes) {
        this.items = items;
        this.referenceData = referenceData;
        this.duplicates = duplicates;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest upload accepted (kaowu.bank.import.max-bytes, default 20 MB). */
    public long maxBytes() {
        return maxBytes;
    }

    /** The empty import template with one example row per sheet. */
    public void writeTemplate(Caller caller, OutputStream out) {
        AccessPolicy.requireExamContent(caller);
        TemplateWriter.write(TemplateWriter.examples(), out);
    }

    /**
     * Imports a file; its format is judged by content (.xlsx, .docx or QTI zip). The stream is
     * read up to the size limit before anything is parsed.
     *
     * @param fileName only for the audit entry
     */
    @Transactional
    public ImportResult importFile(Caller caller, String fileName, InputStream content, ImportOptions options) {
        AccessPolicy.requireExamContent(caller);
        long started = System.nanoTime();
        byte[] bytes = UploadFormat.readLimited(content, maxBytes);
        UploadFormat format = UploadFormat.detect(bytes);
        ParsedFile parsed = parse(format, bytes);
        if (!parsed.problems().isEmpty()) {
            throw new ImportRejected(parsed.problems().stream().map(ImportError::ofFile).toList());
        }
        if (parsed.items().isEmpty()) {
            throw new RuleViolation("文件中没有试题，未导入");
        }
        long parsedAt = System.nanoTime();
        Vocabulary vocabulary = Vocabulary.of(referenceData);
        List<ItemDraft> drafts = new ArrayList<>(parsed.items().size());
        List<ImportError> errors = new ArrayList<>();
        for (RawItem raw : parsed.items()) {
            ItemResolver.Resolution resolution = ItemResolver.resolve(raw, vocabulary, options);
            drafts.add(resolution.draft());
            errors.addAll(resolution.errors());
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        long checkedAt = System.nanoTime();
        List<DuplicateFlag> similar = duplicates.flag(caller, drafts.stream().map(ItemDraft::stem).toList(), null);
        long flaggedAt = System.nanoTime();
        ItemStatus status = options.approve() ? ItemStatus.ACTIVE : ItemStatus.DRAFT;
        List<Long> ids = items.insertAll(drafts, status, caller, clock.instant());
        auditLog.record(caller, "item.import", "item", ids.get(0) + "-" + ids.get(ids.size() - 1),
                describe(fileName, format, drafts, ids, options));
        LOG.info("{} imported {} items from {} ({}), status {}; ms: read+parse {}, check {}, duplicates {}, write {}",
                caller.username(), ids.size(), fileName, format, status, (parsedAt - started) / 1_000_000,
                (checkedAt - parsedAt) / 1_000_000, (flaggedAt - checkedAt) / 1_000_000,
                (System.nanoTime() - flaggedAt) / 1_000_000);
        return new ImportResult(ids, parsed.items().stream().map(RawItem::location).toList(), status, similar);
    }

    private static ParsedFile parse(UploadFormat format, byte[] bytes) {
        try {
            return switch (format) {
                case XLSX -> {
                    TemplateReader.Result result = TemplateReader.read(new ByteArrayInputStream(bytes));
                    yield new ParsedFile(result.items(), result.problems());
                }
                case DOCX -> DocxItemReader.read(new ByteArrayInputStream(bytes));
                case QTI_PACKAGE -> QtiReader.read(bytes);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            LOG.info("unreadable upload ({}): {}", format, e.toString());
            String kind = switch (format) {
                case XLSX -> ".xlsx";
                case DOCX -> ".docx";
                case QTI_PACKAGE -> "QTI 试题包";
            };
            throw new RuleViolation("文件已损坏或不是有效的" + kind + "文件，无法读取；请用 Excel/Word 重新保存后再导入");
        }
    }

    private static String describe(String fileName, UploadFormat format, List<ItemDraft> drafts, List<Long> ids,
                                   ImportOptions options) {
        Map<ItemType, Integer> counts = new EnumMap<>(ItemType.class);
        drafts.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
        StringBuilder detail = new StringBuilder("导入").append(ids.size()).append("题（");
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type.label() + n));
        detail.append(String.join("、", parts)).append("），文件：").append(fileName == null ? "" : fileName)
                .append("（").append(format.name()).append("），试题编号").append(ids.get(0)).append("–")
                .append(ids.get(ids.size() - 1));
        detail.append(options.approve() ? "，导入即启用（approved-by-import）" : "，状态：草稿");
        return detail.toString();
    }
}
