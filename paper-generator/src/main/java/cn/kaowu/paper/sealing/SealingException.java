package cn.kaowu.paper.sealing;

/**
 * A sealed paper cannot be sealed or opened: wrong or missing key, tampered or damaged ciphertext,
 * content whose hash does not match. The message is Chinese and says what to fix.
 */
public class SealingException extends RuntimeException {

    public SealingException(String message) {
        super(message);
    }

    public SealingException(String message, Throwable cause) {
        super(message, cause);
    }
}
