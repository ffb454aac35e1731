package com.yotosmartstream.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app's own icon at the sizes it was drawn at (scripts/icons.sh draws them from
 * installer/src/icon/yoto-smart-stream.txt; ADR 0075). The window offers them all, so each OS picks
 * the size its title bar, task bar or switcher shows instead of scaling one picture.
 */
public final class AppIcons {

    /** The sizes drawn for the window, in px. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static final String RESOURCE = "/com/yotosmartstream/app/ui/app-icon-%d.png";

    private AppIcons() {
    }

    /** The icon drawn at {@code size} px, one of {@link #SIZES}. */
    public static Image of(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("The icon is not drawn at " + size + " px; sizes: " + SIZES);
        }
        String name = String.format(RESOURCE, size);
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The app's icon is missing from the build: " + name);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every size, smallest first, for {@code Stage.getIcons()}. */
    public static List<Image> all() {
        return Arrays.asList(SIZES.stream().map(AppIcons::of).toArray(Image[]::new));
    }
}
