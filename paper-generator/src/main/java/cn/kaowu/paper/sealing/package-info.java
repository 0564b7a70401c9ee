/**
 * Sealing a paper: {@link cn.kaowu.paper.sealing.CanonicalPaper} (the documented canonical byte
 * form of a paper and its SHA-256), {@link cn.kaowu.paper.sealing.PaperCipher} (AES-256-GCM, paper id
 * as associated data), {@link cn.kaowu.paper.sealing.SealingKey} (the key from configuration
 * property {@code kaowu.sealing.key} / environment variable {@code KAOWU_SEALING_KEY}, with its
 * fingerprint) and {@link cn.kaowu.paper.sealing.PaperSealer}, which combines them into
 * {@link cn.kaowu.paper.sealing.SealedPaper} records and opens them again.
 *
 * <p>A key is 32 random bytes in Base64: {@code openssl rand -base64 32}, or
 * {@code java -cp paper-generator/target/classes cn.kaowu.paper.sealing.SealingKeyGenerator}.
 */
package cn.kaowu.paper.sealing;
