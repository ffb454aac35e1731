package com.yotosmartstream.story.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The capture seam for tests: microphones by name that deliver the PCM a test feeds them, in 50 ms
 * chunks, on the caller's thread. It can refuse as a real device does (none there, busy, not allowed).
 */
public final class FedMicrophones implements Microphones {

    private final List<String> names;
    private final List<short[]> onStart = new ArrayList<>();
    private String refusal;
    private PcmFormat format = PcmFormat.SPEECH;
    private CaptureListener listener;
    private FedCapture running;
    private int starts;

    private FedMicrophones(List<String> names) {
        this.names = names;
    }

    /** One microphone, "Test microphone". */
    public static FedMicrophones one() {
        return new FedMicrophones(List.of("Test microphone"));
    }

    /** A computer without a microphone. */
    public static FedMicrophones none() {
        FedMicrophones none = new FedMicrophones(List.of());
        none.refusal = NONE_FOUND;
        return none;
    }

    /** Each start delivers {@code samples} at once (then whatever the test feeds). */
    public FedMicrophones playingOnStart(short[] samples) {
        onStart.add(samples);
        return this;
    }

    /** Starting throws a {@link CaptureException} with this message. */
    public FedMicrophones refusing(String message) {
        refusal = message;
        return this;
    }

    public FedMicrophones inFormat(PcmFormat value) {
        format = value;
        return this;
    }

    public int starts() {
        return starts;
    }

    public boolean capturing() {
        return running != null && !running.stopped;
    }

    /** Delivers {@code samples} to the running capture in 50 ms chunks. */
    public void feed(short[] samples) {
        if (!capturing()) {
            throw new IllegalStateException("not capturing");
        }
        int chunk = format.sampleRate() / 20 * format.channels();
        for (int at = 0; at < samples.length; at += chunk) {
            listener.frames(PcmChunk.of(format, Arrays.copyOfRange(samples, at, Math.min(samples.length, at + chunk))));
        }
    }

    /** The device goes away in the middle of a take. */
    public void unplug() {
        running.stopped = true;
        listener.ended(Optional.of("The microphone stopped sending sound (was it unplugged?)."));
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public Capture start(String name, PcmFormat wanted, CaptureListener to) throws CaptureException {
        if (refusal != null) {
            throw new CaptureException(refusal);
        }
        starts++;
        listener = to;
        running = new FedCapture(name);
        onStart.forEach(this::feed);
        return running;
    }

    private final class FedCapture implements Capture {
        private final String name;
        private boolean stopped;

        FedCapture(String name) {
            this.name = name;
        }

        @Override
        public PcmFormat format() {
            return format;
        }

        @Override
        public String microphone() {
            return name;
        }

        @Override
        public void stop() {
            if (!stopped) {
                stopped = true;
                listener.ended(Optional.empty());
            }
        }
    }
}
