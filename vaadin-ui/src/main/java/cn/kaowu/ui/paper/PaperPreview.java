package cn.kaowu.ui.paper;

import cn.kaowu.paper.domain.PaperContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** A paper as the paper builder reviews it before sealing: questions with their keys. */
class PaperPreview extends Dialog {

    private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四"};

    PaperPreview(PaperContent paper) {
        setHeaderTitle(paper.paperCode() + " · " + paper.className());
        setWidth("60em");
        setHeight("80vh");
        add(new H3(paper.examName()), new Paragraph("班次 " + paper.classCode() + "　考试时间 " + paper.durationMinutes()
                + " 分钟　满分 " + paper.totalPoints() + " 分　及格 " + paper.passMark() + " 分　共 " + paper.questionCount() + " 题"));
        int index = 0;
        for (PaperContent.Section section : paper.sections()) {
            add(new H4(SECTION_NUMBERS[index++] + "、" + section.type().label() + "（每题 " + section.pointsEach() + " 分）"));
            for (PaperContent.Question question : section.questions()) {
                Div block = new Div();
                block.add(new Paragraph(question.number() + ". " + question.stem()));
                for (PaperContent.Option option : question.options()) {
                    block.add(new Div(option.label() + ". " + option.text()));
                }
                Paragraph key = new Paragraph("答案：" + question.key() + "　（试题 " + question.itemId() + " v" + question.itemVersion() + "）");
                key.getStyle().set("color", "var(--lumo-success-text-color)");
                block.add(key);
                add(block);
            }
        }
        getFooter().add(new Button("关闭", e -> close()));
    }
}
