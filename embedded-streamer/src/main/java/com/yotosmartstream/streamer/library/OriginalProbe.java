package com.yotosmartstream.streamer.library;

import com.yotosmartstream.streamer.probe.AudioInfo;
import com.yotosmartstream.streamer.probe.ProbeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the original was found to be before a byte of it was copied, so a file that is not audio, or too short
 * to be a track, is refused at the cost of reading its headers: a 2 GiB sparse file was copied whole before
 * "not audio" (issue 16). Its size and modification time say whether the copy is still what was probed.
 *
 * @param info empty when the original could not be read; the copy then tells
 */
record OriginalProbe(Optional<AudioInfo> info, long size, Optional<FileTime> modified) {

    private static final Logger LOG = LoggerFactory.getLogger(OriginalProbe.class);

    /** Probes the original; a read error leaves the verdict to the copy (empty info), which reports it. */
    static OriginalProbe of(Path file, String name, Importer.Prober prober) throws ProbeException {
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            return new OriginalProbe(Optional.of(prober.probe(file, name)), size, Optional.of(modified));
        } catch (IOException e) {
            LOG.debug("Could not probe {} before copying it; the copy will tell", CleanText.of(name), e);
            return new OriginalProbe(Optional.empty(), -1, Optional.empty());
        }
    }

    Optional<String> tooShort() {
        return info.flatMap(Importer::tooShort);
    }

    /** Whether the file is still the one probed: same size, same modification time. */
    boolean unchanged(Path file) {
        try {
            return modified.isPresent() && Files.size(file) == size
                    && Files.getLastModifiedTime(file).equals(modified.get());
        } catch (IOException e) {
            return false;
        }
    }
}
