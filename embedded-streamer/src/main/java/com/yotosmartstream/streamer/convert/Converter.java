package com.yotosmartstream.streamer.convert;

import com.yotosmartstream.core.task.TaskCancelledException;
import com.yotosmartstream.core.task.TaskContext;
import com.yotosmartstream.streamer.probe.AudioFormat;
import java.nio.file.Path;
import java.time.Duration;

/** Turns a file players cannot stream (or one to normalise) into MP3. */
public interface Converter {

    /** "ffmpeg 5.1.9" or "built-in (Java)". */
    String name();

    boolean canConvert(AudioFormat format);

    /**
     * Writes {@code target} (a new file) from {@code source}. Progress goes to {@code context}
     * against {@code duration}; a cancel ends it with {@link TaskCancelledException} and no target.
     */
    void convert(Path source, AudioFormat format, Duration duration, Path target, ConversionProfile profile,
            TaskContext context) throws ConversionException, TaskCancelledException;
}
