package cn.kaowu.bank.demo;

import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportResult;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.Items;
import cn.kaowu.core.identity.AccessPolicy;
import cn.kaowu.core.identity.Caller;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The demo question bank: imports demo/demo-bank.xlsx (built from the content team's TSVs by
 * {@link TsvTemplateConverter}) through the normal .xlsx import, as approved items.
 */
@Singleton
public class DemoBank {

    public static final String RESOURCE = "demo/demo-bank.xlsx";
    private static final Logger LOG = LoggerFactory.getLogger(DemoBank.class);

    private final ImportService importService;
    private final Items items;

    public DemoBank(ImportService importService, Items items) {
        this.importService = importService;
        this.items = items;
    }

    /** Imports the demo bank into an empty bank; does nothing (empty) when the bank has items. */
    @Transactional
    public Optional<ImportResult> seed(Caller caller) {
        AccessPolicy.requireExamContent(caller);
        if (items.count() > 0) {
            LOG.info("question bank not empty; demo bank not imported");
            return Optional.empty();
        }
        try (InputStream in = DemoBank.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            ImportResult result = importService.importFile(caller, RESOURCE, in, ImportOptions.approved());
            LOG.info("demo bank imported: {} items", result.count());
            return Optional.of(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
