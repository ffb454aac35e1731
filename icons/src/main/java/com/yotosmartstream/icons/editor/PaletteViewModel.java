package com.yotosmartstream.icons.editor;

import com.yotosmartstream.icons.palette.Palette;
import com.yotosmartstream.icons.palette.PaletteFormats;
import com.yotosmartstream.icons.palette.PaletteFormats.BadPaletteException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The palettes: the standard one and the user's own, the one in use, import and export. The
 * user's palettes are handed to a saver after every change (it stores them in the background).
 */
public final class PaletteViewModel {

    private final ObservableList<Palette> palettes = FXCollections.observableArrayList();
    private final ObjectProperty<Palette> current = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Consumer<List<Palette>> saver;

    /**
     * @param saved the user's palettes as last saved
     * @param saver stores the user's palettes (not the standard one) after a change
     */
    public PaletteViewModel(List<Palette> saved, Consumer<List<Palette>> saver) {
        this.saver = saver;
        palettes.add(Palette.standard());
        palettes.addAll(saved);
        current.set(palettes.get(0));
    }

    /** Adds the user's palettes once they are read (at start, in the background). */
    public void addLoaded(List<Palette> saved) {
        for (Palette palette : saved) {
            if (!taken(palette.name())) {
                palettes.add(palette);
            }
        }
    }

    public ObservableList<Palette> palettes() {
        return palettes;
    }

    public ObjectProperty<Palette> currentProperty() {
        return current;
    }

    public Palette current() {
        return current.get();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Adds a colour to the current palette. The standard palette is never changed: the first
     * colour added to it starts a palette of the user's own ("My colours"), a copy of it.
     */
    public void addColour(int argb) {
        Palette palette = current.get();
        if (palette.colours().contains(0xff000000 | argb)) {
            message.set(PaletteFormats.hex(argb) + " is already in " + palette.name() + ".");
            return;
        }
        if (palette.builtIn()) {
            palette = new Palette(uniqueName("My colours"), palette.colours(), false);
            palettes.add(palette);
        }
        replace(palette, palette.with(argb));
        message.set("Added " + PaletteFormats.hex(argb) + " to " + current.get().name() + ".");
    }

    public void removeColour(int argb) {
        Palette palette = current.get();
        if (palette.builtIn()) {
            message.set("The standard palette cannot be changed; add a colour to start your own.");
            return;
        }
        replace(palette, palette.without(argb));
    }

    /** Reads a GPL or hex-list file as a new palette and makes it current; a bad file changes nothing. */
    public boolean importPalette(String text, String fileName) {
        try {
            String base = fileName.replaceFirst("\\.[A-Za-z]+$", "");
            Palette read = PaletteFormats.read(text, base);
            Palette added = new Palette(uniqueName(read.name()), read.colours(), false);
            palettes.add(added);
            current.set(added);
            save();
            message.set("Imported " + added.name() + " (" + added.colours().size() + " colours).");
            return true;
        } catch (BadPaletteException e) {
            message.set(fileName + ": " + e.getMessage());
            return false;
        }
    }

    /** The current palette as a file's text: GPL, or a hex list when {@code hex}. */
    public String export(boolean hex) {
        return hex ? PaletteFormats.writeHex(current.get()) : PaletteFormats.writeGpl(current.get());
    }

    public void deleteCurrent() {
        Palette palette = current.get();
        if (palette.builtIn()) {
            return;
        }
        palettes.remove(palette);
        current.set(palettes.get(0));
        save();
    }

    private void replace(Palette old, Palette changed) {
        int index = palettes.indexOf(old);
        palettes.set(index, changed);
        current.set(changed);
        save();
    }

    private void save() {
        List<Palette> own = new ArrayList<>();
        for (Palette p : palettes) {
            if (!p.builtIn()) {
                own.add(p);
            }
        }
        saver.accept(List.copyOf(own));
    }

    private String uniqueName(String wanted) {
        String name = wanted;
        int n = 2;
        while (taken(name)) {
            name = wanted + " " + n++;
        }
        return name;
    }

    private boolean taken(String name) {
        return palettes.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }
}
