package cn.kaowu.ui.bank;

import cn.kaowu.bank.coverage.CoverageService;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.bank.exporting.ExportService;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.ReferenceLabels;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** 题库: browse and review items, import and export, duplicates, coverage. Paper builders only. */
@Prototype
@Route(value = "bank", layout = MainLayout.class)
@PageTitle("题库 · 考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN})
public class BankView extends SectionPage {

    public BankView(ItemSearch search, ItemService items, ReviewService review, ImportService imports,
                    ExportService exports, DuplicateService duplicates, CoverageService coverage,
                    ReferenceData referenceData) {
        super("nav.bank");
        Caller caller = CurrentCaller.get();
        ReferenceLabels labels = new ReferenceLabels(referenceData);
        ItemBrowser browser = new ItemBrowser(caller, search, items, review, exports, labels);
        TabSheet tabs = new TabSheet();
        tabs.add("试题", browser);
        tabs.add("导入", new ItemImportPanel(caller, imports, browser::refresh));
        tabs.add("相似题", new DuplicatePanel(caller, duplicates));
        tabs.add("覆盖矩阵", new CoveragePanel(caller, coverage, labels));
        tabs.setSizeFull();
        addAndExpand(tabs);
    }
}
