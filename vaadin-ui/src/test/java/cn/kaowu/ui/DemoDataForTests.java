package cn.kaowu.ui;

import cn.kaowu.bank.demo.DemoBank;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.demo.DemoCity;
import cn.kaowu.core.registry.demo.DemoCityData;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.ui.demo.DemoBlueprint;
import io.micronaut.context.ApplicationContext;

/** The demo city, the demo bank and the general blueprint, seeded through the services as demo mode does. */
public final class DemoDataForTests {

    private DemoDataForTests() {
    }

    public static Seeded seed(ApplicationContext context) {
        Caller system = Caller.system();
        DemoCityData city = context.getBean(DemoCity.class).seed(system);
        context.getBean(DemoBank.class).seed(system);
        Blueprint blueprint = context.getBean(BlueprintService.class).createBlueprint(system, DemoBlueprint.general());
        return new Seeded(city, blueprint);
    }

    /** What was seeded. */
    public record Seeded(DemoCityData city, Blueprint blueprint) {
    }
}
