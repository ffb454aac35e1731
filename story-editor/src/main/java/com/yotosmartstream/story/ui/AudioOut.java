package com.yotosmartstream.story.ui;

import java.util.function.Consumer;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a stream on this computer, so a playtest is heard as well as seen. When the computer
 * cannot play audio (no sound device, no media support), says so once instead of failing.
 */
interface AudioOut {

    /** Plays the URL (stopping what played before); null stops. */
    void play(String url);

    void stop();

    /** JavaFX media, telling {@code problems} why audio cannot be heard when it cannot. */
    static AudioOut javafxMedia(Consumer<String> problems) {
        return new AudioOut() {
            private final Logger log = LoggerFactory.getLogger(AudioOut.class);
            private MediaPlayer current;
            private boolean broken;

            @Override
            public void play(String url) {
                stop();
                if (url == null || broken) {
                    return;
                }
                try {
                    MediaPlayer player = new MediaPlayer(new Media(url));
                    player.setOnError(() -> problem(player.getError() == null ? "unknown error"
                            : player.getError().getMessage()));
                    player.play();
                    current = player;
                } catch (RuntimeException | LinkageError e) {
                    problem(e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }

            private void problem(String why) {
                broken = true;
                log.info("Playtest audio cannot play on this computer: {}", why);
                problems.accept("The playtest cannot be heard on this computer (" + why + "); it still plays on "
                        + "the virtual player.");
            }

            @Override
            public void stop() {
                if (current != null) {
                    current.dispose();
                    current = null;
                }
            }
        };
    }
}
