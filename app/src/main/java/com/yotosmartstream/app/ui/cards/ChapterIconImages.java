package com.yotosmartstream.app.ui.cards;

import com.yotosmartstream.app.cards.ChapterIconSource;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

/**
 * The pictures of chapter icons, loaded in the background and kept: library icons
 * ({@code icon:<id>}) from their PNG bytes, Yoto icons ({@code yoto:#...}) from their address.
 */
final class ChapterIconImages {

    private final Map<String, ObjectProperty<Image>> images = new HashMap<>();
    private final TaskExecutor executor;
    private final ChapterIconSource source;

    ChapterIconImages(TaskExecutor executor, ChapterIconSource source) {
        this.executor = executor;
        this.source = source;
    }

    /** The picture of a reference; its value arrives later the first time. UI thread only. */
    ObjectProperty<Image> image(String reference) {
        return images.computeIfAbsent(reference, ref -> {
            ObjectProperty<Image> image = new SimpleObjectProperty<>();
            executor.submit(BackgroundTask.of("Loading an icon", ctx -> load(ref)).onSuccess((Optional<Image> loaded) ->
                    loaded.ifPresent(image::set)).onFailure(e -> { }));
            return image;
        });
    }

    private Optional<Image> load(String reference) throws Exception {
        if (reference.startsWith("icon:")) {
            Function<byte[], Image> decode = png -> new Image(new ByteArrayInputStream(png), 32, 32, true, false);
            return source.libraryPng(Long.parseLong(reference.substring(5))).map(decode);
        }
        return source.yotoUrl(reference).map(url -> new Image(url, 32, 32, true, false, false))
                .filter(image -> !image.isError());
    }
}
