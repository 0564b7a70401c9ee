package cn.kaowu.ui.bank;

import cn.kaowu.bank.importing.ImportError;
import cn.kaowu.bank.importing.ImportOptions;
import cn.kaowu.bank.importing.ImportRejected;
import cn.kaowu.bank.importing.ImportResult;
import cn.kaowu.bank.importing.ImportService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.ui.shell.Files;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Import of .xlsx (the template), .docx (the usual Chinese layout) or a QTI 2.1 package; all or nothing. */
class ItemImportPanel extends VerticalLayout {

    private final Caller caller;
    private final ImportService imports;
    private final Runnable onImported;
    private final Checkbox approve = new Checkbox("导入后直接设为已审核（我已逐题审阅）");
    private final Div outcome = new Div();

    ItemImportPanel(Caller caller, ImportService imports, Runnable onImported) {
        this.caller = caller;
        this.imports = imports;
        this.onImported = onImported;
        add(new Paragraph("支持：Excel 模板（.xlsx，每种题型一个工作表）、Word 试题（.docx，常见格式：一、单选题 / 1. 题干 / A. 选项 / 答案： / 解析：）、"
                        + "QTI 2.1 题包（.zip）。先逐题校验，全部正确才写入；导入的题目默认为草稿。"),
                Files.download("下载 Excel 导入模板", "题库导入模板.xlsx", Files.XLSX, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    imports.writeTemplate(caller, out);
                    return out.toByteArray();
                }),
                approve,
                Files.upload(List.of(".xlsx", ".docx", ".zip"), (int) Math.min(Integer.MAX_VALUE, imports.maxBytes()),
                        this::importFile),
                outcome);
    }

    private void importFile(String fileName, byte[] bytes) {
        outcome.removeAll();
        try {
            ImportResult result = imports.importFile(caller, fileName, new ByteArrayInputStream(bytes),
                    approve.getValue() ? ImportOptions.approved() : ImportOptions.drafts());
            Notification.show("已导入 " + result.itemIds().size() + " 道试题（" + result.status().label() + "）", 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!result.similar().isEmpty()) {
                outcome.add(new H4("发现 " + result.similar().size() + " 道与题库已有试题相似的题目（已导入，请在“相似题”中核对取舍）"));
            }
            onImported.run();
        } catch (ImportRejected rejected) {
            outcome.add(new H4("未导入：发现 " + rejected.errors().size() + " 处错误，请修改文件后重新上传"));
            Grid<ImportError> errors = new Grid<>(ImportError.class, false);
            errors.addColumn(ImportError::location).setHeader("位置").setAutoWidth(true);
            errors.addColumn(ImportError::field).setHeader("字段").setAutoWidth(true);
            errors.addColumn(ImportError::message).setHeader("问题").setFlexGrow(1);
            errors.setItems(rejected.errors());
            outcome.add(errors);
        }
    }

}
