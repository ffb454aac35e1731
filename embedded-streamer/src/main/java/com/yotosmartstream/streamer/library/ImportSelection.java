package com.yotosmartstream.streamer.library;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files a drop or a choice means: files as they are, folders walked for audio names (hidden
 * files left out, other names counted as skipped).
 */
record ImportSelection(List<Path> files, int skipped) {

    private static final Logger LOG = LoggerFactory.getLogger(ImportSelection.class);
    /** Names that import from a folder; files picked one by one are always tried. */
    static final Set<String> AUDIO_EXTENSIONS = Set.of("mp3", "m4a", "m4b", "mp4", "aac", "wav", "wave", "flac",
            "ogg", "oga", "opus", "aif", "aiff", "aifc", "webm", "weba", "mka", "wma");

    static ImportSelection of(List<Path> chosen) {
        List<Path> files = new ArrayList<>();
        int skipped = 0;
        for (Path path : chosen) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                List<Path> inside = walk.filter(Files::isRegularFile).sorted().toList();
                for (Path file : inside) {
                    if (file.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    if (AUDIO_EXTENSIONS.contains(extension(file))) {
                        files.add(file);
                    } else {
                        skipped++;
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.warn("Could not read all of the folder {}: {}", path, e.getMessage());
                files.add(path);
            }
        }
        return new ImportSelection(files, skipped);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
