package cn.kaowu.ui.demo;

import cn.kaowu.paper.pdf.ExamFonts;
import cn.kaowu.paper.sealing.PaperSealingService;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/**
 * At start-up: refuse to run with a sealing key other than the one the stored papers were sealed
 * with (a clear message now, not when a session opens), and load the PDF fonts once in the
 * background so the first paper prints as fast as the rest.
 */
@Singleton
public class StartupChecks implements ApplicationEventListener<StartupEvent> {

    private final PaperSealingService sealing;

    public StartupChecks(PaperSealingService sealing) {
        this.sealing = sealing;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        sealing.verifyConfiguredKey();
        Thread fonts = new Thread(ExamFonts::preload, "font-preload");
        fonts.setDaemon(true);
        fonts.start();
    }
}
