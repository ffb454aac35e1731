package com.yotosmartstream.story.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computer's microphones through {@code javax.sound.sampled}: every mixer that offers a
 * {@link TargetDataLine}, plus the system's default. A capture asks for the wanted format, then
 * other common ones (48 kHz, stereo); its read loop runs on the executor it is given (the app's
 * gives it a thread of its own, so a busy task pool never makes the line overflow), delivering
 * about 50 ms at a time. Every refusal becomes a {@link CaptureException} saying what
 * to do; nothing is thrown past it.
 */
public final class JavaSoundMicrophones implements Microphones {

    static final String NONE = NONE_FOUND;
    static final String BUSY = "The microphone could not be opened: another program may be using it, or the"
            + " system refused it. Close the other program or choose another microphone, then press R again.";
    static final String FORBIDDEN = "This app is not allowed to use the microphone. Allow it in the system's"
            + " privacy settings, then press R again.";
    static final String NO_FORMAT = "The microphone cannot give 16-bit sound at a rate the app records."
            + " Choose another microphone, then press R again.";
    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundMicrophones.class);
    private static final int ZERO_READS_BEFORE_GIVING_UP = 100;

    private final Executor readLoops;

    /** @param readLoops runs each capture's read loop, which lasts as long as the take */
    public JavaSoundMicrophones(Executor readLoops) {
        this.readLoops = readLoops;
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(info).isLineSupported(new Line.Info(TargetDataLine.class))) {
                    names.add(info.getName());
                }
            }
        } catch (SecurityException | IllegalArgumentException e) {
            LOG.info("Cannot list the microphones: {}", e.toString());
        }
        if (!names.isEmpty()) {
            names.add(0, SYSTEM_DEFAULT);
        }
        return names;
    }

    @Override
    public Capture start(String name, PcmFormat wanted, CaptureListener listener) throws CaptureException {
        try {
            Mixer mixer = mixer(name);
            List<PcmFormat> formats = List.of(wanted, new PcmFormat(48_000, 1), new PcmFormat(44_100, 2),
                    new PcmFormat(48_000, 2), new PcmFormat(16_000, 1));
            for (PcmFormat format : formats) {
                DataLine.Info info = new DataLine.Info(TargetDataLine.class, format.javaSound());
                if (mixer == null ? AudioSystem.isLineSupported(info) : mixer.isLineSupported(info)) {
                    TargetDataLine line = (TargetDataLine) (mixer == null ? AudioSystem.getLine(info)
                            : mixer.getLine(info));
                    return open(line, format, name, listener);
                }
            }
            throw new CaptureException(names().isEmpty() ? NONE : NO_FORMAT);
        } catch (LineUnavailableException e) {
            LOG.info("The microphone '{}' is unavailable: {}", name, e.toString());
            throw new CaptureException(BUSY, e);
        } catch (SecurityException e) {
            LOG.info("The microphone '{}' was refused: {}", name, e.toString());
            throw new CaptureException(FORBIDDEN, e);
        } catch (IllegalArgumentException e) {
            LOG.info("No line for the microphone '{}': {}", name, e.toString());
            throw new CaptureException(NONE, e);
        }
    }

    private static Mixer mixer(String name) throws CaptureException {
        if (name == null || name.isBlank() || SYSTEM_DEFAULT.equals(name)) {
            return null;
        }
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (info.getName().equals(name)) {
                return AudioSystem.getMixer(info);
            }
        }
        throw new CaptureException("The microphone '" + name + "' is not there any more. Choose another in the"
                + " list, then press R again.");
    }

    private Capture open(TargetDataLine line, PcmFormat format, String name, CaptureListener listener)
            throws LineUnavailableException {
        int chunkBytes = format.sampleRate() / 20 * format.channels() * 2;
        line.open(format.javaSound(), chunkBytes * 8);
        line.start();
        LineCapture capture = new LineCapture(line, format, name == null ? SYSTEM_DEFAULT : name);
        readLoops.execute(() -> {
            Optional<String> problem = Optional.empty();
            try {
                byte[] buffer = new byte[chunkBytes];
                int zeroReads = 0;
                while (!capture.stopped) {
                    int read = line.read(buffer, 0, buffer.length);
                    if (read > 0) {
                        zeroReads = 0;
                        listener.frames(PcmChunk.of(format, Pcm.samples(buffer, read - read % (2 * format.channels()))));
                    } else if (!capture.stopped && ++zeroReads > ZERO_READS_BEFORE_GIVING_UP) {
                        problem = Optional.of("The microphone stopped sending sound (was it unplugged?). The take"
                                + " so far is kept; press R to record again.");
                        break;
                    } else {
                        Thread.sleep(20);
                    }
                }
                int frame = 2 * format.channels();
                int left;
                while (problem.isEmpty() && (left = Math.min(line.available(), buffer.length) / frame * frame) > 0) {
                    int read = line.read(buffer, 0, left); // what the line still holds: the end of the last word
                    if (read <= 0) {
                        break;
                    }
                    listener.frames(PcmChunk.of(format, Pcm.samples(buffer, read - read % frame)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Recording from '{}' failed", capture.microphone(), e);
                problem = Optional.of("Recording stopped: " + e.getMessage());
            } finally {
                line.stop();
                line.close();
                listener.ended(problem);
            }
        });
        return capture;
    }

    private static final class LineCapture implements Capture {
        private final TargetDataLine line;
        private final PcmFormat format;
        private final String microphone;
        private volatile boolean stopped;

        LineCapture(TargetDataLine line, PcmFormat format, String microphone) {
            this.line = line;
            this.format = format;
            this.microphone = microphone;
        }

        @Override
        public PcmFormat format() {
            return format;
        }

        @Override
        public String microphone() {
            return microphone;
        }

        @Override
        public void stop() {
            stopped = true;
            line.stop(); // ends a read that is waiting for frames
        }
    }
}
