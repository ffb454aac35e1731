package com.yotosmartstream.app.library;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Plays a track on this computer, for the Library's preview. Used on the FX thread. */
public interface PreviewPlayer {

    /** Prepares {@code file} (stopping what played before); an empty-handed error says why it cannot. */
    void load(Path file);

    void play();

    void pause();

    void seek(double seconds);

    /** Stops and lets go of the file. */
    void unload();

    ReadOnlyDoubleProperty positionProperty();

    ReadOnlyDoubleProperty durationProperty();

    ReadOnlyBooleanProperty playingProperty();

    /** Why playback fails, in words for the user; "" when it works. */
    ReadOnlyStringProperty errorProperty();
}
