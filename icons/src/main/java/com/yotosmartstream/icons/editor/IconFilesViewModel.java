package com.yotosmartstream.icons.editor;

import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.icons.codec.ImageImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The icon studio's files: a picture or a palette read in, the icon or the palette written out.
 * Reading and writing run on the executor, with the size limits; the file names offered are
 * cleaned here; what happened (or went wrong) is said in {@link #messageProperty()}. The view only
 * asks the user for the files. Use it on the FX thread.
 */
public final class IconFilesViewModel {

    /** The largest palette file read: far more than any list of colours needs. */
    public static final long MAX_PALETTE_BYTES = 1024 * 1024;

    private final IconEditorViewModel editor;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public IconFilesViewModel(IconEditorViewModel editor, TaskExecutor executor) {
        this.editor = editor;
        this.executor = executor;
    }

    /**
     * Reads a picture and imports it as one undo step (the editor says how that went). A file
     * larger than {@link ImageImport#MAX_BYTES} is not read.
     */
    public void importPicture(Path file, ImageImport.Options options) {
        String fileName = file.getFileName().toString();
        executor.submit(BackgroundTask.of("Reading " + fileName, ctx -> {
            if (Files.size(file) > ImageImport.MAX_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        }).onSuccess(bytes -> {
            if (bytes == null) {
                say(fileName + ": the file is larger than " + ImageImport.MAX_BYTES / (1024 * 1024)
                        + " MB; make it smaller first.");
            } else {
                editor.importImage(bytes, fileName, options);
            }
        }).onFailure(error -> say(fileName + " could not be read: " + error.getMessage())));
    }

    /** Whether the icon is exported as a GIF (it has several frames) rather than a PNG. */
    public boolean exportsGif() {
        return editor.animation().isAnimated();
    }

    /** The file name offered for the icon called {@code iconName}: cleaned, ".gif" or ".png". */
    public String iconFileName(String iconName) {
        return fileName(iconName, "icon") + (exportsGif() ? ".gif" : ".png");
    }

    /** Writes the icon as Yoto takes it unconverted: a 16x16 RGBA PNG, or a 16x16 GIF when animated. */
    public void exportIcon(Path path) {
        if (exportsGif()) {
            write(path, editor.exportGif(), "Exported " + path.getFileName() + " (16x16 GIF, "
                    + editor.animation().size() + " frames).");
        } else {
            write(path, editor.exportPng(), "Exported " + path.getFileName() + " (16x16, 32-bit RGBA).");
        }
    }

    /** Reads a palette file (GPL or a hex list; the palettes say how that went). */
    public void importPalette(Path path) {
        executor.submit(BackgroundTask.of("Reading " + path.getFileName(), ctx -> {
            if (Files.size(path) > MAX_PALETTE_BYTES) {
                throw new IOException("the file is larger than a palette can be");
            }
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        }).onSuccess(text -> editor.palettes().importPalette(text, path.getFileName().toString()))
                .onFailure(error -> say(path.getFileName() + " could not be read: " + error.getMessage())));
    }

    /** The file name offered for the current palette: cleaned, ".hex" or ".gpl". */
    public String paletteFileName(boolean hex) {
        return fileName(editor.palettes().current().name(), "palette") + (hex ? ".hex" : ".gpl");
    }

    /** Writes the current palette as a hex list or a GIMP palette. */
    public void exportPalette(Path path, boolean hex) {
        write(path, editor.palettes().export(hex).getBytes(StandardCharsets.UTF_8),
                "Exported " + path.getFileName() + ".");
    }

    /** What the last file action said (errors included). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * A name safe as a file name on every system: letters, digits, spaces, '_' and '-' only, or
     * {@code fallback} when nothing is left.
     */
    static String fileName(String name, String fallback) {
        String cleaned = name.replaceAll("[^A-Za-z0-9 _-]", "").strip();
        return cleaned.isEmpty() ? fallback : cleaned;
    }

    /** Says {@code text}, heard even when it is what was said last (the status line shows other news meanwhile). */
    private void say(String text) {
        message.set("");
        message.set(text);
    }

    private void write(Path path, byte[] bytes, String done) {
        executor.submit(BackgroundTask.running("Writing " + path.getFileName(), ctx -> Files.write(path, bytes))
                .onSuccess(v -> say(done))
                .onFailure(error -> say(path.getFileName() + " could not be written: " + error.getMessage())));
    }
}
