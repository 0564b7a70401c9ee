package cn.kaowu.paper.pdf;

import cn.kaowu.paper.domain.PaperContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderers are singletons sharing one parsed font program: parallel renders must not disturb each other. */
class ConcurrentRenderingTest {

    @Test
    void papers_rendered_on_several_threads_at_once_are_identical_in_text_and_embedded_fonts() throws Exception {
        PaperPdfRenderer papers = new PaperPdfRenderer();
        AnswerKeyPdfRenderer keys = new AnswerKeyPdfRenderer();
        PaperContent content = SamplePaper.hundredQuestions();
        byte[] alonePaper = papers.render(content);
        byte[] aloneKey = keys.render(content);
        String paperText = PdfChecks.allText(alonePaper);
        String keyText = PdfChecks.allText(aloneKey);
        Map<String, String> paperFonts = PdfChecks.fontProgramHashes(alonePaper);
        Map<String, String> keyFonts = PdfChecks.fontProgramHashes(aloneKey);
        assertThat(paperFonts).containsOnlyKeys("NotoSansSC-Bold", "NotoSerifSC-Regular");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> paperPdfs = new ArrayList<>();
            List<Future<byte[]>> keyPdfs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                paperPdfs.add(pool.submit(() -> papers.render(content)));
                keyPdfs.add(pool.submit(() -> keys.render(content)));
            }
            for (int i = 0; i < paperPdfs.size(); i++) {
                byte[] paper = paperPdfs.get(i).get();
                byte[] key = keyPdfs.get(i).get();
                assertThat(PdfChecks.allText(paper)).isEqualTo(paperText);
                assertThat(PdfChecks.fontProgramHashes(paper)).isEqualTo(paperFonts);
                assertThat(PdfChecks.allText(key)).isEqualTo(keyText);
                assertThat(PdfChecks.fontProgramHashes(key)).isEqualTo(keyFonts);
            }
        } finally {
            pool.shutdown();
        }
    }
}
