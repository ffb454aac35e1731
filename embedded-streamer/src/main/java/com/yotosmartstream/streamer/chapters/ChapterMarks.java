package com.yotosmartstream.streamer.chapters;

import com.yotosmartstream.streamer.library.CleanText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a track's chapters from marks as a file holds them, which may be wrong: a mark that starts
 * at or past the end of the file, or has no length, is left out; one that runs past the end ends
 * there; overlapping ones end where the next starts; they are put in order of their start. Each
 * kind of repair is said once in the notes. Titles are cleaned ({@link CleanText}); a blank one
 * becomes "Chapter N".
 */
public final class ChapterMarks {

    /** The most marks kept from one file: more is a damaged or hostile file, not a book. */
    public static final int MAX_MARKS = 1000;
    /** The longest title kept. */
    static final int MAX_TITLE = 200;
    /** How far past the end a mark may run unremarked (the container's length and the probe's differ a little). */
    static final Duration SLACK = Duration.ofSeconds(1);

    /** A mark as read, before it is checked: seconds, possibly NaN or negative. */
    public record Raw(double startSeconds, double endSeconds, String title) {
    }

    private ChapterMarks() {
    }

    /** The valid chapters of a file of {@code length} among {@code raw}, with what was repaired. */
    public static Chapters of(List<Raw> raw, Duration length) {
        List<String> notes = new ArrayList<>();
        List<Raw> usable = new ArrayList<>();
        int outside = 0;
        int empty = 0;
        for (Raw mark : raw) {
            if (usable.size() >= MAX_MARKS) {
                notes.add("It has more than " + MAX_MARKS + " chapter marks; only the first " + MAX_MARKS
                        + " were kept.");
                break;
            }
            if (!Double.isFinite(mark.startSeconds()) || !Double.isFinite(mark.endSeconds())) {
                empty++;
            } else if (mark.startSeconds() * 1000 >= length.toMillis() || mark.endSeconds() < 0) {
                outside++;
            } else if (mark.endSeconds() <= mark.startSeconds()) {
                empty++;
            } else {
                usable.add(mark);
            }
        }
        usable.sort(Comparator.comparingDouble(Raw::startSeconds));
        List<Chapter> chapters = new ArrayList<>();
        boolean cut = false;
        for (int i = 0; i < usable.size(); i++) {
            Raw mark = usable.get(i);
            Duration start = millis(Math.max(0, mark.startSeconds()));
            Duration end = millis(mark.endSeconds());
            if (end.compareTo(length) > 0) {
                // the end of the last mark is often the container's idea of the length, a few frames off ours
                cut |= end.minus(length).compareTo(SLACK) > 0;
                end = length;
            }
            if (i + 1 < usable.size()) {
                Duration next = millis(usable.get(i + 1).startSeconds());
                if (end.compareTo(next) > 0) {
                    end = next;
                }
            }
            if (end.compareTo(start) <= 0) {
                empty++;
                continue;
            }
            String title = CleanText.of(mark.title() == null ? "" : mark.title());
            if (title.length() > MAX_TITLE) {
                title = title.substring(0, MAX_TITLE);
            }
            chapters.add(new Chapter(start, end, title.isBlank() ? "Chapter " + (chapters.size() + 1) : title));
        }
        if (outside > 0) {
            notes.add(count(outside) + " lay" + " past the end of the file and "
                    + (outside == 1 ? "was" : "were") + " left out.");
        }
        if (empty > 0) {
            notes.add(count(empty) + " had no length and " + (empty == 1 ? "was" : "were") + " left out.");
        }
        if (cut) {
            notes.add("Its last chapter ran past the end of the file; it ends where the audio ends.");
        }
        return new Chapters(chapters, notes);
    }

    private static String count(int n) {
        return n == 1 ? "1 chapter mark" : n + " chapter marks";
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
