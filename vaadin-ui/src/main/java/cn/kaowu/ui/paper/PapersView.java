package cn.kaowu.ui.paper;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.paper.generation.ClassesToExamine;
import cn.kaowu.paper.generation.GenerationReport;
import cn.kaowu.paper.generation.GenerationRequest;
import cn.kaowu.paper.generation.GenerationResult;
import cn.kaowu.paper.generation.PaperGenerationService;
import cn.kaowu.paper.generation.PaperStatus;
import cn.kaowu.paper.generation.PaperSummary;
import cn.kaowu.paper.printing.PaperPrintService;
import cn.kaowu.paper.sealing.PaperSealingService;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.Files;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.NotifyingErrorHandler;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 试卷: one paper per class for a batch of classes, generated in the background with a progress
 * bar; the overlap/exposure/difficulty report; per paper preview, seal, seal check and the PDFs.
 */
@Prototype
@Route(value = "papers", layout = MainLayout.class)
@PageTitle("试卷 · 考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN})
public class PapersView extends SectionPage {

    private final PaperGenerationService generation;
    private final PaperSealingService sealing;
    private final PaperPrintService printing;
    private final ClassesToExamine classesToExamine;
    private final Caller caller = CurrentCaller.get();

    private final ComboBox<Blueprint> blueprint = new ComboBox<>("组卷方案");
    private final MultiSelectComboBox<ClassView> classes = new MultiSelectComboBox<>("班次（每个班次一份试卷）");
    private final TextField period = new TextField("考试周期");
    private final TextField seed = new TextField("随机种子");
    private final NumberField cap = new NumberField("两卷重复率上限");
    private final Checkbox resit = new Checkbox("补考卷（与该班次首考卷不重复）");
    private final Checkbox shuffle = new Checkbox("打乱选项顺序");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button generate = new Button("生成试卷");
    private final Grid<PaperSummary> papers = new Grid<>(PaperSummary.class, false);
    private final ReportPanel report = new ReportPanel();

    public PapersView(PaperGenerationService generation, PaperSealingService sealing, PaperPrintService printing,
                      BlueprintService blueprints, ClassesToExamine classesToExamine) {
        super("nav.papers");
        this.generation = generation;
        this.sealing = sealing;
        this.printing = printing;
        this.classesToExamine = classesToExamine;

        blueprint.setItems(blueprints.listBlueprints(caller));
        blueprint.setItemLabelGenerator(Blueprint::name);
        blueprint.setWidth("20em");
        classes.setItems(classesToExamine.candidates(caller));
        classes.setItemLabelGenerator(c -> c.code() + " " + c.name());
        classes.setWidth("30em");
        period.setValue(YearMonth.now().toString());
        period.setHelperText("同一周期内的试卷两两受重复率约束");
        seed.setValue(String.valueOf(ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)));
        seed.setHelperText("同一题库、方案与种子生成相同试卷");
        cap.setValue(0.2);
        cap.setMin(0);
        cap.setMax(1);
        cap.setStep(0.05);
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(e -> startGeneration());
        progress.setVisible(false);
        progress.setWidth("24em");

        HorizontalLayout first = new HorizontalLayout(blueprint, classes);
        HorizontalLayout second = new HorizontalLayout(period, seed, cap, resit, shuffle, generate);
        second.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout bar = new HorizontalLayout(progress, progressText);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(first, second, bar);

        papers.addColumn(PaperSummary::paperCode).setHeader("试卷编号").setAutoWidth(true);
        papers.addColumn(PaperSummary::classCode).setHeader("班次").setAutoWidth(true);
        papers.addColumn(p -> p.resit() ? "补考" : "首考").setHeader("类别").setAutoWidth(true);
        papers.addColumn(p -> p.status().label()).setHeader("状态").setAutoWidth(true);
        papers.addColumn(p -> String.format("%.2f（目标 %.1f–%.1f）", p.meanDifficulty(), p.difficultyMin(), p.difficultyMax()))
                .setHeader("平均难度").setAutoWidth(true);
        papers.setTooltipGenerator(p -> p.className() + "（种子 " + p.seed() + "）");
                papers.addComponentColumn(this::actions).setHeader("操作").setFlexGrow(3);
        papers.setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.add("试卷", papers);
        tabs.add("生成报告", report);
        tabs.setSizeFull();
        addAndExpand(tabs);
        refreshPapers();
    }

    private HorizontalLayout actions(PaperSummary paper) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Button("预览", e -> new PaperPreview(sealing.content(caller, paper.id())).open()));
        if (paper.status() == PaperStatus.GENERATED) {
            Button seal = new Button("封卷", e -> {
                String hash = sealing.seal(caller, paper.id());
                Notification.show("已封卷：" + paper.paperCode() + "，SHA-256 " + hash.substring(0, 16) + "…", 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refreshPapers();
            });
            seal.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(seal);
        } else {
            actions.add(new Button("校验封卷", e -> {
                PaperSealingService.SealCheck check = sealing.verify(caller, paper.id());
                if (check.intact()) {
                    Notification.show(check.message() + "（" + check.recordedSha256().substring(0, 16) + "…）")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    NotifyingErrorHandler.show(check.message());
                }
            }));
        }
        actions.add(Files.download("试卷PDF", paper.paperCode() + "-试卷.pdf", Files.PDF,
                        () -> printing.paper(caller, paper.id()).pdf()),
                Files.download("答题卡", paper.paperCode() + "-答题卡.pdf", Files.PDF,
                        () -> printing.answerSheet(caller, paper.id()).pdf()));
        if (caller.is(Role.PAPER_BUILDER)) {
            actions.add(Files.download("参考答案", paper.paperCode() + "-参考答案.pdf", Files.PDF,
                    () -> printing.answerKey(caller, paper.id()).pdf()));
        }
        actions.getChildren().forEach(c -> c.getElement().getThemeList().add("small"));
        return actions;
    }

    private void refreshPapers() {
        papers.setItems(generation.listPapers(caller, period.getValue().strip()));
    }

    /** Generation runs off the request thread; progress and the outcome come back by push. */
    private void startGeneration() {
        if (blueprint.isEmpty() || classes.getSelectedItems().isEmpty()) {
            NotifyingErrorHandler.show("请选择组卷方案和至少一个班次");
            return;
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            NotifyingErrorHandler.show("随机种子须为整数");
            return;
        }
        UI ui = UI.getCurrent();
        List<ClassView> selected = List.copyOf(classes.getSelectedItems());
        GenerationRequest request = new GenerationRequest(blueprint.getValue().id(), period.getValue().strip(), seedValue,
                cap.getValue() == null ? 0.2 : cap.getValue(), GenerationRequest.DEFAULT_EXAM_NAME, shuffle.getValue(),
                classesToExamine.of(caller, selected.stream().map(ClassView::id).toList(), resit.getValue()));
        generate.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("正在生成 " + selected.size() + " 份试卷…");
        CompletableFuture.supplyAsync(() -> generation.generate(caller, request, (fraction, message) ->
                        ui.access(() -> {
                            progress.setValue(Math.min(1, fraction));
                            progressText.setText(message);
                        })))
                .whenComplete((result, failure) -> ui.access(() -> finished(result, failure)));
    }

    private void finished(GenerationResult result, Throwable failure) {
        generate.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            progressText.setText("");
            NotifyingErrorHandler.show(NotifyingErrorHandler.messageFor(failure));
            return;
        }
        GenerationReport r = result.report();
        progressText.setText("已生成 " + result.papers().size() + " 份试卷；同周期两卷最多重复 " + r.maxPairwiseOverlap()
                + " 题（上限 " + r.overlapLimit() + " 题）；难度达标 " + r.papersWithinBand() + "/" + r.papers().size());
        report.show(r);
        refreshPapers();
    }
}
