package app.ambassade.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs the same attempt on several threads released at the same instant, for concurrency tests. */
public final class Race {

    private Race() {}

    /**
     * Returns every thread's outcome once all are done. An exception thrown by an attempt fails the
     * race (map expected refusals to outcomes inside the attempt).
     */
    public static <T> List<T> run(int threads, Callable<T> attempt) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<CompletableFuture<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(CompletableFuture.supplyAsync(
                        () -> {
                            ready.countDown();
                            try {
                                go.await();
                                return attempt.call();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        executor));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The threads did not start");
            }
            go.countDown();
            List<T> outcomes = new ArrayList<>();
            for (CompletableFuture<T> future : futures) {
                outcomes.add(future.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }
}
