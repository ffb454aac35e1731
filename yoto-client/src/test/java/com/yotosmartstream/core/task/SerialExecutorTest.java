package com.yotosmartstream.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4, new NamedThreadFactory("test-pool"));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void jobsRunOneAtATimeInSubmissionOrderOnAPoolOfManyThreads() throws Exception {
        SerialExecutor serial = new SerialExecutor("ordered", pool);
        List<Integer> order = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int n = i;
            serial.execute(() -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                order.add(n);
                running.decrementAndGet();
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).hasSize(200).isSorted();
        assertThat(maxRunning.get()).isEqualTo(1);
    }

    @Test
    void aFailingJobDoesNotStopTheOnesAfterIt() throws Exception {
        SerialExecutor serial = new SerialExecutor("resilient", pool);
        CountDownLatch after = new CountDownLatch(1);
        serial.execute(() -> {
            throw new IllegalStateException("boom (expected by the test)");
        });
        serial.execute(after::countDown);
        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void threadsFromTheFactoryAreNamedDaemons() throws Exception {
        Thread thread = new NamedThreadFactory("worker").newThread(() -> { });
        assertThat(thread.getName()).isEqualTo("worker-1");
        assertThat(thread.isDaemon()).isTrue();
    }

    @Test
    void aJobHandedInAfterThePoolIsShutDownIsDroppedNotThrownAtTheCaller() throws Exception {
        SerialExecutor serial = new SerialExecutor("closing", pool);
        CountDownLatch ran = new CountDownLatch(1);
        serial.execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger late = new AtomicInteger();

        serial.execute(late::incrementAndGet);
        serial.execute(late::incrementAndGet);

        assertThat(late).hasValue(0);
    }
}
