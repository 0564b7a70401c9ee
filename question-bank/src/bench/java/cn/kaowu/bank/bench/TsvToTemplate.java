package cn.kaowu.bank.bench;

import cn.kaowu.bank.demo.TsvTemplateConverter;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the content team's TSV files into the official .xlsx import template.
 * <pre>
 * mvn -q -pl question-bank test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.kaowu.bank.bench.TsvToTemplate \
 *   -Dexec.args="src/main/resources/demo/demo-bank.xlsx src/main/resources/demo/source/bank-a.tsv src/main/resources/demo/source/bank-b.tsv"
 * </pre>
 */
public final class TsvToTemplate {

    private TsvToTemplate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.out.println("usage: TsvToTemplate <out.xlsx> <in.tsv>...");
            return;
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        Path out = Path.of(args[0]);
        try (OutputStream stream = Files.newOutputStream(out)) {
            int count = TsvTemplateConverter.convert(inputs, stream);
            System.out.println("wrote " + count + " items to " + out);
        }
    }
}
