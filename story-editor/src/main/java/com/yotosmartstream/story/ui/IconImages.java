package com.yotosmartstream.story.ui;

import com.yotosmartstream.story.library.StoryIcon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** 16x16 icons as images, made once per icon. */
final class IconImages {

    private final Map<String, Image> images = new HashMap<>();
    private final Map<String, StoryIcon> icons = new HashMap<>();

    void setIcons(List<StoryIcon> all) {
        icons.clear();
        images.clear();
        all.forEach(i -> icons.put(i.ref(), i));
    }

    List<StoryIcon> icons() {
        return List.copyOf(icons.values());
    }

    Optional<Image> image(String ref) {
        if (ref == null || !icons.containsKey(ref)) {
            return Optional.empty();
        }
        return Optional.of(images.computeIfAbsent(ref, r -> image(icons.get(r))));
    }

    static Image image(StoryIcon icon) {
        WritableImage image = new WritableImage(StoryIcon.SIZE, StoryIcon.SIZE);
        image.getPixelWriter().setPixels(0, 0, StoryIcon.SIZE, StoryIcon.SIZE, PixelFormat.getIntArgbInstance(),
                icon.argb(), 0, StoryIcon.SIZE);
        return image;
    }
}
