package cn.kaowu.paper.pdf;

import cn.kaowu.paper.domain.PaperContent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * How long a 100-question paper takes to print: the first render in a fresh JVM (cold: font
 * programs parsed, classes loaded), then the median and worst of 20 warm renders, for the paper,
 * the answer sheet and the answer key. Goal: paper under 300 ms warm.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -B -Pbench -pl paper-generator test-compile exec:java \
 *     -Dexec.mainClass=cn.kaowu.paper.pdf.PdfBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class PdfBenchmark {

    private static final int WARM_RUNS = 20;

    private PdfBenchmark() {
    }

    public static void main(String[] args) {
        PaperContent paper = SamplePaper.hundredQuestions();
        System.out.printf("PDF benchmark: %d questions, %d sections, Java %s, %d cores, load average %.1f%n",
                paper.questionCount(), paper.sections().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("(wall time depends on the machine's load; cpu = this thread's CPU time)");
        PaperPdfRenderer paperRenderer = new PaperPdfRenderer();
        AnswerSheetPdfRenderer sheetRenderer = new AnswerSheetPdfRenderer();
        AnswerKeyPdfRenderer keyRenderer = new AnswerKeyPdfRenderer();
        measure("试卷 paper", paper, paperRenderer::render);
        measure("答题卡 answer sheet", paper, sheetRenderer::render);
        measure("参考答案 answer key", paper, keyRenderer::render);
    }

    private static void measure(String name, PaperContent paper, Function<PaperContent, byte[]> render) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        byte[] pdf = render.apply(paper);
        double cold = millis(System.nanoTime() - start);
        double coldCpu = millis(threads.getCurrentThreadCpuTime() - startCpu);
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            pdf = render.apply(paper);
            warm.add(millis(System.nanoTime() - t));
            warmCpu.add(millis(threads.getCurrentThreadCpuTime() - c));
        }
        System.out.printf("%-20s first %6.0f ms (cpu %6.0f) | warm median %5.0f ms (cpu %5.0f), min %5.0f, max %5.0f"
                        + " (n=%d) | %4d KB, %2d pages%n", name, cold, coldCpu, median(warm), median(warmCpu),
                Collections.min(warm), Collections.max(warm), WARM_RUNS, pdf.length / 1024, PdfChecks.pageCount(pdf));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
