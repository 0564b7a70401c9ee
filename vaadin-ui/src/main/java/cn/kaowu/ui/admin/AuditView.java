package cn.kaowu.ui.admin;

import cn.kaowu.core.audit.AuditQueries;
import cn.kaowu.core.audit.AuditRecord;
import cn.kaowu.core.audit.ChainVerification;
import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** 审计日志: every change, newest first, and a check of the hash chain. */
@Prototype
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("审计日志 · 考务管理系统")
@VisibleTo(Role.ADMIN)
public class AuditView extends SectionPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public AuditView(AuditQueries audit) {
        super("nav.audit");
        Span result = new Span();
        Button verify = new Button("校验哈希链", e -> {
            ChainVerification v = audit.verifyChain(CurrentCaller.get());
            result.setText(v.intact()
                    ? "哈希链完整：已校验 " + v.entriesChecked() + " 条记录"
                    : "哈希链断裂：第 " + v.firstBrokenId() + " 条 — " + v.reason());
            result.getElement().getThemeList().set("badge error", !v.intact());
            result.getElement().getThemeList().set("badge success", v.intact());
        });
        add(new HorizontalLayout(verify, result));

        Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
        grid.addColumn(r -> r.id()).setHeader("序号").setAutoWidth(true);
        grid.addColumn(r -> TIME.format(r.occurredAt())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader("操作人").setAutoWidth(true);
        grid.addColumn(r -> Role.valueOf(r.actorRole()).label()).setHeader("角色").setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader("操作").setAutoWidth(true);
        grid.addColumn(r -> r.targetType() + " " + r.targetId()).setHeader("对象").setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader("说明").setFlexGrow(1);
        grid.setItems(query -> audit.latest(CurrentCaller.get(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        addAndExpand(grid);
    }
}
