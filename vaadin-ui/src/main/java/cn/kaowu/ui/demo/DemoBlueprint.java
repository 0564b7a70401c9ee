package cn.kaowu.ui.demo;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.DifficultyTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's general blueprint: 60 questions, 100 points, 90 minutes, pass at 60, over the five
 * content areas; for every industry and category (each class draws from the items that fit it).
 */
public final class DemoBlueprint {

    private static final String[] AREAS = {"POLICY", "LAW", "ACCIDENT", "OCCUPATIONAL", "WARNING"};

    private DemoBlueprint() {
    }

    public static Blueprint general() {
        List<BlueprintCell> cells = new ArrayList<>();
        add(cells, ItemType.SINGLE_CHOICE, 4, 12, 7, 4, 3);
        add(cells, ItemType.MULTIPLE_CHOICE, 1, 4, 2, 2, 1);
        add(cells, ItemType.TRUE_FALSE, 2, 8, 5, 3, 2);
        return new Blueprint(null, "结业考试通用方案（60题·100分）", null, null, 90, 100, 60,
                Map.of(ItemType.SINGLE_CHOICE, 2, ItemType.MULTIPLE_CHOICE, 2, ItemType.TRUE_FALSE, 1),
                cells, DifficultyTarget.band(2.7, 3.2));
    }

    private static void add(List<BlueprintCell> cells, ItemType type, int... perArea) {
        for (int i = 0; i < AREAS.length; i++) {
            cells.add(BlueprintCell.of(type, AREAS[i], perArea[i]));
        }
    }
}
