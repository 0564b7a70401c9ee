package cn.kaowu.paper.sealing;

/**
 * Prints a new random sealing key, the value for {@code kaowu.sealing.key} / {@code KAOWU_SEALING_KEY}.
 * Same as {@code openssl rand -base64 32}. Run:
 * {@code java -cp paper-generator/target/classes cn.kaowu.paper.sealing.SealingKeyGenerator}
 * (the class needs nothing but the JDK). This command-line tool's output is the key itself, so it
 * prints to standard output rather than to the log.
 */
public final class SealingKeyGenerator {

    private SealingKeyGenerator() {
    }

    public static void main(String[] args) {
        SealingKey key = SealingKey.generate();
        System.out.println(key.toBase64());
        System.err.println("指纹 " + key.fingerprint() + "：请妥善保管此密钥，丢失后已封存的试卷无法解密。");
    }
}
