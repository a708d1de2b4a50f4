package se.samverkan.cases;

import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One year's case numbers in this server's memory: the block being handed out and, once half of it
 * is gone, the next block, reserved ahead by the filing that took the half-way number.
 *
 * <p>Reserving is a database transaction with its own commit. Done when the block runs out, it made
 * every filing wait for that commit once in a block; reserved ahead, the other filings go on taking
 * numbers from what is left while one of them reserves. A filing waits only if a whole half block
 * is taken during one reservation, or if the reservation ahead failed: then the next taker reserves
 * on its own and a failure reaches its caller.
 *
 * <p>Numbers grow: this server's blocks are reserved one after the other, so a later block holds
 * higher numbers. A restart leaves the rest of the current block and the block ahead unused, at
 * most one and a half blocks.
 */
final class NumberSeries {

    private static final Logger LOG = Logger.getLogger(NumberSeries.class.getName());

    private final int block;

    /** Reserves a block of the given size; returns the last number of it. */
    private final IntUnaryOperator reserver;

    /** The current block is {@code next..last}; empty when {@code next > last}. */
    private int next = 1;

    private int last;

    /**
     * The block reserved ahead, {@code aheadFirst..aheadLast}; none when {@code aheadLast == 0}.
     */
    private int aheadFirst;

    private int aheadLast;

    /** Whether a thread is reserving a block now. */
    private boolean reserving;

    NumberSeries(int block, IntUnaryOperator reserver) {
        if (block < 2) {
            throw new IllegalArgumentException("a block holds at least two numbers");
        }
        this.block = block;
        this.reserver = reserver;
    }

    /** The next number; unique and greater than every number this series handed out before. */
    int take() {
        while (true) {
            int number = 0;
            boolean taken = false;
            synchronized (this) {
                while (true) {
                    if (next > last && aheadLast != 0) {
                        next = aheadFirst;
                        last = aheadLast;
                        aheadLast = 0;
                    }
                    if (next <= last) {
                        number = next++;
                        taken = true;
                        boolean halfGone = last - next + 1 <= block / 2;
                        if (!halfGone || aheadLast != 0 || reserving) {
                            return number;
                        }
                        reserving = true; // this taker reserves the next block, then returns
                        break;
                    }
                    if (!reserving) {
                        reserving = true; // empty and nobody reserving: this taker reserves
                        break;
                    }
                    awaitReservation();
                }
            }
            try {
                int reservedLast = reserver.applyAsInt(block);
                synchronized (this) {
                    aheadFirst = reservedLast - block + 1;
                    aheadLast = reservedLast;
                    reserving = false;
                    notifyAll();
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    reserving = false;
                    notifyAll();
                }
                if (!taken) {
                    throw e;
                }
                // This filing has its number; the next taker tries to reserve again.
                LOG.log(Level.WARNING, "could not reserve case numbers ahead; retrying later", e);
            }
            if (taken) {
                return number;
            }
        }
    }

    private void awaitReservation() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for case numbers", e);
        }
    }
}
