package com.yotosmartstream.story.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records one take at a time: starts a {@link Capture}, gathers its frames (on the capture's
 * thread), and at {@link #stop()} hands back what was heard; {@link #save} writes a take's WAV
 * into the takes folder. Thread-safe.
 */
public final class TakeRecorder {

    private final Microphones microphones;
    private final Path folder;
    private Capture capture;
    private java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(0);
    private PcmFormat format;
    private short[] gathered = new short[0];
    private int length;

    public TakeRecorder(Microphones microphones, Path folder) {
        this.microphones = microphones;
        this.folder = folder;
    }

    public Microphones microphones() {
        return microphones;
    }

    /**
     * Starts recording from {@code microphone}. {@code level} hears each chunk's peak in dBFS and
     * {@code whenEnded} a problem that ended the capture by itself, both on the capture's thread.
     */
    public synchronized void start(String microphone, Consumer<Double> level, Consumer<String> whenEnded)
            throws CaptureException {
        if (capture != null) {
            throw new IllegalStateException("already recording");
        }
        length = 0;
        format = null;
        java.util.concurrent.CountDownLatch end = new java.util.concurrent.CountDownLatch(1);
        ended = end;
        capture = microphones.start(microphone, PcmFormat.SPEECH, new CaptureListener() {
            @Override
            public void frames(PcmChunk chunk) {
                add(chunk);
                level.accept(chunk.levelDbfs());
            }

            @Override
            public void ended(Optional<String> problem) {
                end.countDown();
                problem.ifPresent(whenEnded);
            }
        });
        format = capture.format();
    }

    public synchronized boolean recording() {
        return capture != null;
    }

    private synchronized void add(PcmChunk chunk) {
        if (format == null) {
            format = chunk.format();
        }
        short[] samples = chunk.samples();
        if (length + samples.length > gathered.length) {
            gathered = java.util.Arrays.copyOf(gathered, Math.max(gathered.length * 2, length + samples.length));
        }
        System.arraycopy(samples, 0, gathered, length, samples.length);
        length += samples.length;
    }

    /** Tells the capture to stop, without waiting (on the UI thread, the moment Space is pressed). */
    public void halt() {
        Capture running;
        synchronized (this) {
            running = capture;
        }
        if (running != null) {
            running.stop();
        }
    }

    /**
     * Stops the capture, waits (at most two seconds) for its last frames, and gives back what it
     * heard; empty when nothing was. Blocks.
     */
    public Optional<Pcm.Sound> stop() throws InterruptedException {
        Capture running;
        java.util.concurrent.CountDownLatch end;
        synchronized (this) {
            running = capture;
            end = ended;
            capture = null;
        }
        if (running == null) {
            return Optional.empty();
        }
        running.stop(); // not under the lock: the capture delivers its last frames while stopping
        end.await(2, java.util.concurrent.TimeUnit.SECONDS);
        synchronized (this) {
            if (length == 0 || format == null) {
                return Optional.empty();
            }
            Pcm.Sound sound = new Pcm.Sound(format, java.util.Arrays.copyOf(gathered, length));
            gathered = new short[0];
            length = 0;
            return Optional.of(sound);
        }
    }

    /** Writes a take of {@code nodeId} numbered {@code number} into the takes folder. Blocks. */
    public Take save(String nodeId, int number, Pcm.Sound sound) throws IOException {
        com.yotosmartstream.core.storage.OwnerOnly.createFolder(folder); // a parent's voice is theirs alone
        String safe = nodeId.replaceAll("[^A-Za-z0-9_-]", "_");
        Path file = folder.resolve("take-" + safe + "-" + number + "-" + System.nanoTime() + ".wav");
        Pcm.writeWav(file, sound.format(), sound.samples());
        return new Take(nodeId, number, file, sound.seconds());
    }

    /**
     * The take as it goes to the library: silence trimmed, brought to {@code targetLufs}, written
     * next to the take as {@code -kept.wav}. Blocks.
     */
    public static Path keep(Take take, double targetLufs) throws IOException {
        Pcm.Sound kept = Loudness.normalise(SilenceTrim.trim(Pcm.readWav(take.file())), targetLufs);
        String name = take.file().getFileName().toString().replaceFirst("\\.wav$", "");
        Path file = take.file().resolveSibling(name + "-kept.wav");
        Pcm.writeWav(file, kept.format(), kept.samples());
        return file;
    }
}
