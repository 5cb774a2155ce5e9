package app.redline.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values an instance keeps a short while instead of reading them on every request (a scope's
 * figures, a user's header, a picker's options): each is read again once it is {@code recentFor}
 * old, at most {@code most} are kept (all are dropped beyond it), and a change made here forgets
 * them at once. A zero or negative {@code recentFor} reads every time (the tests).
 *
 * <p>{@link #forgetAll()} also forgets a value whose read began before it and ended after: such a
 * read may have seen the state before the change.
 */
public final class KeptValues<K, V> {

    private record Entry<V>(long readAt, long generation, V value) {}

    private final long forNanos;
    private final int most;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public KeptValues(Duration recentFor, int most) {
        this.forNanos = recentFor.toNanos();
        this.most = most;
    }

    /** The value kept for the key, or what {@code read} answers now (then kept). */
    public V get(K key, Supplier<V> read) {
        if (forNanos <= 0) {
            return read.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.readAt() < forNanos) {
            return entry.value();
        }
        V value = read.get();
        if (entries.size() >= most) {
            entries.clear();
        }
        entries.put(key, new Entry<>(now, current, value));
        return value;
    }

    /** The key's value is read afresh next time. */
    public void forget(K key) {
        if (!entries.isEmpty()) {
            entries.remove(key);
        }
    }

    /** Every value is read afresh next time, including one being read now. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** {@link #forgetAll()} now and again when the current transaction ends (see {@link Forgetting}). */
    public void forgetAllNowAndAtTheEnd() {
        Forgetting.nowAndAtTheEnd(this::forgetAll);
    }
}
