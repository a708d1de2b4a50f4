package se.samverkan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NumberSeriesTest {

    /** The database's side: each reservation moves the year's last number by a block. */
    static final class Series {
        final AtomicInteger lastNumber = new AtomicInteger();
        final AtomicInteger reservations = new AtomicInteger();
        volatile boolean failing;

        int reserve(int size) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            reservations.incrementAndGet();
            return lastNumber.addAndGet(size);
        }
    }

    @Test
    void numbersFollowEachOtherAcrossBlocks() {
        Series db = new Series();
        NumberSeries series = new NumberSeries(20, db::reserve);

        for (int expected = 1; expected <= 100; expected++) {
            assertEquals(expected, series.take());
        }
        assertEquals(6, db.reservations.get(), "one reservation a block, the sixth made ahead");
    }

    @Test
    void theNextBlockIsReservedWhenHalfOfTheCurrentOneIsTaken() {
        Series db = new Series();
        NumberSeries series = new NumberSeries(20, db::reserve);

        for (int i = 1; i <= 9; i++) {
            series.take();
        }
        assertEquals(1, db.reservations.get());
        series.take(); // the tenth leaves ten: half the block
        assertEquals(2, db.reservations.get());
        assertEquals(40, db.lastNumber.get());
    }

    @Test
    void aServerThatRestartsContinuesAfterWhatOthersReserved() {
        Series db = new Series();
        db.lastNumber.set(60); // blocks taken before this server started
        NumberSeries series = new NumberSeries(20, db::reserve);

        assertEquals(61, series.take());
    }

    @Test
    void aFailedReservationAheadDoesNotFailTheFilingThatTriedIt() {
        Series db = new Series();
        NumberSeries series = new NumberSeries(4, db::reserve);
        assertEquals(1, series.take());
        db.failing = true;

        assertEquals(2, series.take(), "the reservation ahead fails, the number is there");
        assertEquals(3, series.take(), "tries again and fails again, the number is there");
        assertEquals(4, series.take());
        assertThrows(IllegalStateException.class, series::take, "empty and cannot reserve");

        db.failing = false;
        assertEquals(5, series.take(), "the next taker reserves again");
    }

    @Test
    void concurrentTakersGetUniqueGrowingNumbersAndNeverLoseABlock() throws Exception {
        Series db = new Series();
        NumberSeries series =
                new NumberSeries(
                        20,
                        size -> {
                            try {
                                Thread.sleep(1); // a commit
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return db.reserve(size);
                        });
        int threads = 8;
        int each = 2_000;
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    int previous = 0;
                                    boolean growing = true;
                                    for (int i = 0; i < each; i++) {
                                        int number = series.take();
                                        growing &= number > previous;
                                        previous = number;
                                        seen.add(number);
                                    }
                                    return growing;
                                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertTrue(result.get(60, TimeUnit.SECONDS), "each taker sees growing numbers");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * each, seen.size(), "no number twice");
        int reserved = db.lastNumber.get();
        assertTrue(
                reserved <= threads * each + 20,
                "at most the block ahead is left over, reserved " + reserved);
    }

    @Test
    void aBlockHoldsAtLeastTwoNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new NumberSeries(1, size -> size));
    }
}
