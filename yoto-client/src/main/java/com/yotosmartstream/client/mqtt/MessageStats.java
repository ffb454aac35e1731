package com.yotosmartstream.client.mqtt;

import java.util.concurrent.atomic.LongAdder;

/** Counts of what arrived over MQTT, for the event log, tests and the benchmark. */
public final class MessageStats {

    private final LongAdder received = new LongAdder();
    private final LongAdder applied = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder rejectedFields = new LongAdder();
    private final LongAdder unknownFields = new LongAdder();
    private final LongAdder ignored = new LongAdder();
    private final LongAdder twins = new LongAdder();
    private final LongAdder handled = new LongAdder();

    /** A snapshot of the counts. */
    public record Counts(long received, long applied, long malformed, long rejectedFields, long unknownFields,
            long ignored) {
    }

    void received() {
        received.increment();
    }

    void applied() {
        applied.increment();
    }

    /** Not JSON, truncated, or not the shape the topic promises: dropped whole. */
    long malformed() {
        malformed.increment();
        return malformed.sum();
    }

    void rejectedFields(int count) {
        rejectedFields.add(count);
    }

    void unknownFields(int count) {
        unknownFields.add(count);
    }

    /** On a topic this client does not read. */
    void ignored() {
        ignored.increment();
    }

    /** A legacy-topic copy of what the documented {@code data/*} topic carries: not applied again. */
    void twin() {
        twins.increment();
    }

    /** A message's work is done (applied, skipped as a twin, or dropped as malformed). */
    void done() {
        handled.increment();
    }

    /** How many legacy-topic copies were skipped. */
    public long twins() {
        return twins.sum();
    }

    /**
     * How many messages on player topics have been dealt with, whatever became of them: a caller
     * that published N messages can wait for this to grow by N.
     */
    public long handled() {
        return handled.sum();
    }

    public Counts counts() {
        return new Counts(received.sum(), applied.sum(), malformed.sum(), rejectedFields.sum(), unknownFields.sum(),
                ignored.sum());
    }
}
