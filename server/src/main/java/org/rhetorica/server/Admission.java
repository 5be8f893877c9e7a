package org.rhetorica.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests of one kind run at once. A request that finds every place taken waits a moment
 * for one and is then refused with 503, so overload answers quickly instead of queueing without bound.
 */
final class Admission {
    private static final long WAIT_MILLIS = 50;

    private final Semaphore places;
    private final String what;

    Admission(int places, String what) {
        this.places = new Semaphore(places);
        this.what = what;
    }

    /** Takes a place; release it when the work is done. */
    void enter() {
        try {
            if (!places.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw ApiException.overloaded(what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.overloaded(what);
        }
    }

    void leave() {
        places.release();
    }

    /** Runs {@code work} in a place. */
    <T> T run(Work<T> work) throws Exception {
        enter();
        try {
            return work.run();
        } finally {
            leave();
        }
    }

    interface Work<T> {
        T run() throws Exception;
    }
}
