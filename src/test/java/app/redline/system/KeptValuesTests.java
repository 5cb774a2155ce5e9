package app.redline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What an instance keeps: read once until old, forgotten by key or all at once, never past its size. */
class KeptValuesTests {

    AtomicInteger reads = new AtomicInteger();

    String read() {
        return "value " + reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceWhileItIsRecent() {
        KeptValues<String, String> kept = new KeptValues<>(Duration.ofHours(1), 10);
        assertThat(kept.get("a", this::read)).isEqualTo("value 1");
        assertThat(kept.get("a", this::read)).isEqualTo("value 1");
        assertThat(kept.get("b", this::read)).isEqualTo("value 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anOldValueIsReadAgain() throws InterruptedException {
        KeptValues<String, String> kept = new KeptValues<>(Duration.ofMillis(20), 10);
        kept.get("a", this::read);
        Thread.sleep(40);
        assertThat(kept.get("a", this::read)).isEqualTo("value 2");
    }

    @Test
    void withoutARecentForEveryGetReads() {
        KeptValues<String, String> kept = new KeptValues<>(Duration.ZERO, 10);
        kept.get("a", this::read);
        kept.get("a", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void forgettingAKeyReadsItAgainAndKeepsTheOthers() {
        KeptValues<String, String> kept = new KeptValues<>(Duration.ofHours(1), 10);
        kept.get("a", this::read);
        kept.get("b", this::read);
        kept.forget("a");
        assertThat(kept.get("a", this::read)).isEqualTo("value 3");
        assertThat(kept.get("b", this::read)).isEqualTo("value 2");
    }

    @Test
    void aReadThatOverlapsForgettingEverythingIsNotKept() {
        KeptValues<String, String> kept = new KeptValues<>(Duration.ofHours(1), 10);
        // the change commits while the value is being read: what was read may predate it
        assertThat(kept.get("a", () -> {
                    kept.forgetAll();
                    return "before the change";
                }))
                .isEqualTo("before the change");
        assertThat(kept.get("a", this::read)).isEqualTo("value 1");
        assertThat(kept.get("a", this::read)).isEqualTo("value 1");
    }

    @Test
    void beyondItsSizeEverythingIsDropped() {
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofHours(1), 3);
        for (int key = 0; key < 3; key++) {
            kept.get(key, this::read);
        }
        kept.get(3, this::read); // full: all dropped, then 3 kept
        assertThat(kept.get(0, this::read)).isEqualTo("value 5");
        assertThat(kept.get(3, this::read)).isEqualTo("value 4");
    }
}
