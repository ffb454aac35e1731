package com.yotosmartstream.app.library;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the library does once the app is up, all in the background: forget tracks deleted in an
 * earlier session, start the streaming server, look for ffmpeg (the one Settings chose: a system one,
 * else the one inside the app; ADR 0072), then convert what waits.
 */
public final class LibraryStartup {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryStartup.class);

    private LibraryStartup() {
    }

    public static void start(AppServices services) {
        Streamer streamer = services.streamer();
        services.executor().submit(BackgroundTask.of("Starting the streaming server", ctx -> {
            streamer.library().purgeDeleted(Duration.ZERO);
            return streamer.start();
        }).onFailure(error -> LOG.error("The streaming server could not start", error)));
        detectFfmpeg(services);
    }

    /** Looks for ffmpeg again (for example after the user installed it), then converts what waits. */
    public static void detectFfmpeg(AppServices services) {
        Streamer streamer = services.streamer();
        FfmpegChoice choice = services.settings().get(StreamerSettings.FFMPEG);
        services.executor().submit(BackgroundTask.of("Looking for ffmpeg", ctx -> Ffmpeg.locate(choice))
                .onSuccess(found -> {
                    streamer.library().setFfmpeg(found);
                    streamer.requestConversion(services.executor());
                }));
    }
}
