package cn.kaowu.paper.sealing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Wires the sealing key from configuration: property {@code kaowu.sealing.key}; Micronaut maps the
 * environment variable {@code KAOWU_SEALING_KEY} to it. A missing or malformed key fails when the
 * first bean needing it is created, with the Chinese message of {@link SealingKey#fromBase64}.
 */
@Factory
public class SealingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SealingConfiguration.class);

    /**
     * The key from {@code kaowu.sealing.key} (environment {@code KAOWU_SEALING_KEY}). Only the
     * zero-set-up demo run may instead keep it in a file beside its database
     * ({@code kaowu.sealing.key-file}, created once when {@code kaowu.sealing.create-key-file} is true);
     * production configures the key and never creates one.
     */
    @Singleton
    SealingKey sealingKey(@Value("${" + SealingKey.PROPERTY + ":}") String configured,
                          @Value("${kaowu.sealing.key-file:}") String keyFile,
                          @Value("${kaowu.sealing.create-key-file:false}") boolean createKeyFile) {
        if (!configured.isBlank() || keyFile.isBlank()) {
            return SealingKey.fromBase64(configured);
        }
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return SealingKey.fromBase64(Files.readString(path, StandardCharsets.US_ASCII).strip());
            }
            if (!createKeyFile) {
                return SealingKey.fromBase64(configured);
            }
            SealingKey created = SealingKey.generate();
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, created.toBase64(), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("file system without POSIX permissions: {}", path);
            }
            LOG.warn("演示模式：已生成封卷密钥文件 {}（指纹 {}）。生产环境请通过 KAOWU_SEALING_KEY 配置密钥。",
                    path.toAbsolutePath(), created.fingerprint());
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("无法读取或创建封卷密钥文件 " + path.toAbsolutePath() + "：" + e.getMessage(), e);
        }
    }

    @Singleton
    PaperSealer paperSealer(SealingKey key) {
        return new PaperSealer(key);
    }
}
