package com.yotosmartstream.app.library;

/**
 * A line of the Library's report on the last import and conversions.
 *
 * @param problem whether the user needs to do something about it
 */
public record ReportLine(String file, String outcome, String message, boolean problem) {

    /** The file's name without its folders (the report lists one import's files, whose folders the user knows). */
    public String name() {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }

    @Override
    public String toString() {
        return outcome + ": " + name() + (message.isEmpty() ? "" : " \u2014 " + message);
    }
}
