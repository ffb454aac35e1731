package com.yotosmartstream.streamer.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping cache keeps the files served lately and forgets the least recently served one. */
class MappedFilesTest {

    @TempDir
    Path dir;

    private Path file(String name) throws Exception {
        return Files.write(dir.resolve(name), ("bytes of " + name).getBytes());
    }

    private static BasicFileAttributes attributes(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class);
    }

    @Test
    void whenFullTheLeastRecentlyServedMappingIsForgotten() throws Exception {
        MappedFiles mapped = new MappedFiles(2);
        Path a = file("a.mp3");
        Path b = file("b.mp3");
        Path c = file("c.mp3");
        assertThat(mapped.map(a, attributes(a))).isPresent();
        assertThat(mapped.map(b, attributes(b))).isPresent();
        assertThat(mapped.cached(a, attributes(a))).as("a served again").isPresent();

        assertThat(mapped.map(c, attributes(c))).isPresent();

        assertThat(mapped.filesByUse()).containsExactly(a, c);
        assertThat(mapped.cached(b, attributes(b))).isEmpty();
        assertThat(mapped.cached(a, attributes(a))).isPresent();
    }
}
