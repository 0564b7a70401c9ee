package cn.kaowu.paper.sealing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Wires the sealing key from configuration: property {@code kaowu.sealing.key}; Micronaut maps the
 * environment variable {@code KAOWU_SEALING_KEY} to it. A missing or malformed key fails when the
 * first bean needing it is created, with the Chinese message of {@link SealingKey#fromBase64}.
 */
@Factory
public class SealingConfiguration {

    @Singleton
    SealingKey sealingKey(@Value("${" + SealingKey.PROPERTY + ":}") String configured) {
        return SealingKey.fromBase64(configured);
    }

    @Singleton
    PaperSealer paperSealer(SealingKey key) {
        return new PaperSealer(key);
    }
}
