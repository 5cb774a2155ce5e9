package app.redline.organization;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh, valid credit codes for tests that create enterprises ("TX" marks them as test codes). */
final class TestCreditCodes {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000L * 10);

    private TestCreditCodes() {}

    static String next(String county) {
        String first17 = "91" + county + String.format("TX%07d", NEXT.incrementAndGet() % 10_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
