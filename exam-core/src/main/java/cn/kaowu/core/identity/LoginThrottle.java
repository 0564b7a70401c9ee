package cn.kaowu.core.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed log-ins counted per client address: after {@link #MAX_FAILURES} failures within the
 * window, the address is locked for {@link #LOCK}. (Per account the count lives on the account
 * row, so it survives restarts; per address it lives here.)
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the address is locked, until when. */
    public Optional<Instant> lockedUntil(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures);
            if (failures.size() >= MAX_FAILURES) {
                return Optional.of(failures.peekLast().plus(LOCK));
            }
            return Optional.empty();
        }
    }

    public void recordFailure(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures);
            failures.addLast(clock.instant());
        }
    }

    public void recordSuccess(String address) {
        failuresByAddress.remove(address);
    }

    private void prune(Deque<Instant> failures) {
        Instant horizon = clock.instant().minus(LOCK);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
            failures.removeFirst();
        }
    }
}
