package com.yotosmartstream.core.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void aSuccessfulTaskHandsItsResultToOnSuccess() {
        AtomicReference<String> result = new AtomicReference<>();
        TaskHandle handle = executor.submit(BackgroundTask.of("greet", ctx -> "hello").onSuccess(result::set));
        assertThat(result).hasValue("hello");
        assertThat(handle.isDone()).isTrue();
        assertThat(handle.isCancelled()).isFalse();
        assertThat(handle.title()).isEqualTo("greet");
    }

    @Test
    void aFailingTaskHandsItsErrorToOnFailure() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<String> successes = new ArrayList<>();
        executor.submit(BackgroundTask.of("read", ctx -> {
            throw new IOException("disk gone");
        }).onSuccess(v -> successes.add("success")).onFailure(error::set));
        assertThat(error.get()).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(successes).isEmpty();
    }

    @Test
    void workThatStopsForCancellationEndsAsCancelledNotFailed() {
        List<String> outcome = new ArrayList<>();
        TaskHandle handle = executor.submit(BackgroundTask.of("count", ctx -> {
            outcome.add("started");
            throw new TaskCancelledException();
        }).onSuccess(v -> outcome.add("success")).onFailure(e -> outcome.add("failure"))
                .onCancelled(() -> outcome.add("cancelled")));
        assertThat(outcome).containsExactly("started", "cancelled");
        assertThat(handle.isCancelled()).isTrue();
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void progressAndMessagesReachTheListener() {
        List<String> seen = new ArrayList<>();
        executor.submit(BackgroundTask.running("copy", ctx -> {
            ctx.updateMessage("copying");
            ctx.updateProgress(1, 4);
            ctx.updateProgress(4, 4);
        }).onProgress((fraction, message) -> seen.add(fraction + ":" + message)));
        assertThat(seen).containsExactly("-1.0:copying", "0.25:copying", "1.0:copying");
    }

    @Test
    void serialJobsRunInOrderAtOnce() {
        List<Integer> order = new ArrayList<>();
        var serial = executor.serial("test");
        serial.execute(() -> order.add(1));
        serial.execute(() -> order.add(2));
        assertThat(order).containsExactly(1, 2);
    }
}
