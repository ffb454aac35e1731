package com.yotosmartstream.client.sim;

import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Audio for the simulated household: {@code /sim-audio/silence/<seconds>.mp3} is that many
 * seconds of real, decodable MP3 (Content-Type audio/mpeg); {@code /sim-audio/not-audio.mp3} is
 * an HTML page with an .mp3 name, the kind of broken stream a player refuses.
 */
public final class MediaRoutes implements CloudRoutes {

    static final String SILENCE = "/sim-audio/silence/";
    private static final int MAX_SECONDS = 4 * 3600;

    private final Map<Integer, byte[]> silence = new ConcurrentHashMap<>();

    @Override
    public void register(RoutesConfig routes, CloudEmulator cloud) {
        routes.get(SILENCE + "{file}", ctx -> {
            String file = ctx.pathParam("file");
            int seconds;
            try {
                seconds = Integer.parseInt(file.endsWith(".mp3") ? file.substring(0, file.length() - 4) : "x");
            } catch (NumberFormatException e) {
                ctx.status(404).result("Not found");
                return;
            }
            if (seconds < 1 || seconds > MAX_SECONDS) {
                ctx.status(404).result("Not found");
                return;
            }
            byte[] bytes = silence.computeIfAbsent(seconds, s -> Mp3Frames.silence(Duration.ofSeconds(s)));
            ctx.status(200).contentType("audio/mpeg").header("Accept-Ranges", "none").result(bytes);
        });
        routes.get("/sim-audio/not-audio.mp3", ctx -> ctx.status(200).contentType("text/html")
                .result("<html><body>This is a web page, not audio.</body></html>"));
    }
}
