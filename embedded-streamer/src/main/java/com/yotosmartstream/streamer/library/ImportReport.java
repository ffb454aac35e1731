package com.yotosmartstream.streamer.library;

import java.util.List;

/**
 * What an import did, file by file.
 *
 * @param skipped files in the chosen folders left out because their names are not audio names
 *     (pictures, playlists, text)
 */
public record ImportReport(List<ImportLine> lines, int skipped, boolean cancelled) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public long count(ImportLine.Outcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    /** "12 imported, 2 already there, 1 not imported". */
    public String summary() {
        StringBuilder text = new StringBuilder();
        append(text, count(ImportLine.Outcome.IMPORTED), "imported");
        append(text, count(ImportLine.Outcome.DUPLICATE), "already there");
        append(text, count(ImportLine.Outcome.FAILED), "not imported");
        append(text, count(ImportLine.Outcome.CANCELLED), "cancelled");
        if (skipped > 0) {
            append(text, skipped, skipped == 1 ? "other file skipped" : "other files skipped");
        }
        return text.isEmpty() ? "Nothing to import" : text.toString();
    }

    private static void append(StringBuilder text, long count, String what) {
        if (count == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(count).append(' ').append(what);
    }
}
