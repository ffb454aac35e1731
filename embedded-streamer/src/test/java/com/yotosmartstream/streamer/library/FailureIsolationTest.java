package com.yotosmartstream.streamer.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.streamer.probe.AudioProbe;
import com.yotosmartstream.streamer.testing.AudioFixtures;
import com.yotosmartstream.streamer.testing.Containers;
import com.yotosmartstream.streamer.testing.Hostile;
import com.yotosmartstream.streamer.testing.Id3v2Builder;
import com.yotosmartstream.streamer.testing.LibraryFixture;
import com.yotosmartstream.streamer.testing.RecordingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file that fails in any way fails alone, with a line that says why; the batch goes on (ADR 0052). */
class FailureIsolationTest {

    @TempDir
    Path dir;
    LibraryFixture fixture;
    Library library;

    @BeforeEach
    void open() throws Exception {
        fixture = new LibraryFixture(dir);
        library = fixture.library;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theTwoKilobyteMp3OfIssue16NoLongerAbortsTheBatch() throws Exception {
        Path inbox = fixture.inbox("overflow");
        Path hostile = Files.write(inbox.resolve("a-overflow.mp3"), Hostile.id3FrameSizeTopBit());
        Path after = AudioFixtures.mp3(inbox.resolve("b-after.mp3"), 1.5);

        ImportReport report = library.importAll(List.of(hostile, after), RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::outcome)
                .containsExactly(ImportLine.Outcome.IMPORTED, ImportLine.Outcome.IMPORTED);
    }

    @Test
    void anyExceptionOrOutOfMemoryErrorOnOneFileFailsThatFileAloneWithALine() throws Exception {
        Path inbox = fixture.inbox("faults");
        Path first = AudioFixtures.mp3(inbox.resolve("1-first.mp3"), 1.5);
        Path throwing = AudioFixtures.mp3(inbox.resolve("2-index.mp3"), 2.0);
        Path hungry = AudioFixtures.mp3(inbox.resolve("3-memory.mp3"), 2.5);
        Path last = AudioFixtures.mp3(inbox.resolve("4-last.mp3"), 3.0);
        Importer importer = new Importer(library.folder(), library.catalogue(), 1 << 20, (file, name) -> {
            if (name.startsWith("2-")) {
                throw new ArrayIndexOutOfBoundsException("Index -2147483639 out of bounds for length 2048");
            }
            if (name.startsWith("3-")) {
                throw new OutOfMemoryError("Requested array size exceeds VM limit");
            }
            return AudioProbe.probe(file, name);
        });

        ImportReport report = importer.importAll(List.of(first, throwing, hungry, last), RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::outcome).containsExactly(ImportLine.Outcome.IMPORTED,
                ImportLine.Outcome.FAILED, ImportLine.Outcome.FAILED, ImportLine.Outcome.IMPORTED);
        assertThat(report.lines().get(1).message()).contains("ArrayIndexOutOfBoundsException")
                .contains("other files were imported").doesNotContain("-2147483639");
        assertThat(report.lines().get(2).message()).contains("OutOfMemoryError");
        assertThat(library.catalogue().all()).hasSize(2);
        assertThat(fixture.filesIn("incoming")).isEmpty();
        assertThat(fixture.filesIn("originals")).hasSize(2);
    }

    @Test
    void filesImportedThreeAtATimeKeepTheirOrderTheSameBytesOnceAndABadFileFailsAlone() throws Exception {
        Path inbox = fixture.inbox("parallel");
        List<Path> files = new java.util.ArrayList<>();
        byte[] twin = AudioFixtures.mp3(1.25, 44_100, 2, 128, false); // no other file is 1.25 s
        for (int i = 0; i < 12; i++) {
            Path file = inbox.resolve(String.format("%02d.mp3", i));
            if (i % 4 == 1) {
                Files.write(file, twin); // the same bytes three times
            } else {
                AudioFixtures.mp3(file, 1.0 + i * 0.1);
            }
            files.add(file);
        }
        Importer importer = new Importer(library.folder(), library.catalogue(), 1 << 20, (file, name) -> {
            if (name.equals("06.mp3")) {
                throw new IllegalStateException("a bug of ours on this file");
            }
            return AudioProbe.probe(file, name);
        }).threads(3);

        ImportReport report = importer.importAll(files, RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::file).containsExactlyElementsOf(files.stream()
                .map(Path::toString).toList());
        assertThat(report.lines().get(6).outcome()).isEqualTo(ImportLine.Outcome.FAILED);
        assertThat(report.lines().get(6).message()).contains("IllegalStateException");
        assertThat(List.of(report.lines().get(1), report.lines().get(5), report.lines().get(9)))
                .extracting(ImportLine::outcome).containsExactlyInAnyOrder(ImportLine.Outcome.IMPORTED,
                        ImportLine.Outcome.DUPLICATE, ImportLine.Outcome.DUPLICATE);
        assertThat(report.count(ImportLine.Outcome.IMPORTED)).isEqualTo(9);
        assertThat(library.catalogue().all()).hasSize(9);
        assertThat(fixture.rows()).isEqualTo(9);
        assertThat(fixture.filesIn("originals")).hasSize(9);
        assertThat(fixture.filesIn("incoming")).isEmpty();
    }

    @Test
    void aCancelDuringAParallelImportStartsNoMoreFilesAndLeavesNoPartBehind() throws Exception {
        Path inbox = fixture.inbox("parallel-cancel");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(AudioFixtures.mp3(inbox.resolve(String.format("%02d.mp3", i)), 1.0 + i * 0.1));
        }
        java.util.concurrent.atomic.AtomicBoolean pressed = new java.util.concurrent.atomic.AtomicBoolean();
        Importer importer = new Importer(library.folder(), library.catalogue(), 1 << 20, (file, name) -> {
            if (name.equals("02.mp3")) {
                pressed.set(true); // the user presses Cancel while this file is probed
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return AudioProbe.probe(file, name);
        }).threads(2);
        com.yotosmartstream.core.task.TaskContext context = new com.yotosmartstream.core.task.TaskContext() {
            @Override
            public void updateProgress(long done, long total) {
            }

            @Override
            public void updateMessage(String message) {
            }

            @Override
            public boolean isCancelled() {
                return pressed.get();
            }
        };

        ImportReport report = importer.importAll(files, context);

        assertThat(report.cancelled()).isTrue();
        // the task's thread passes the cancel on within 50 ms: the other worker may finish a file or two meanwhile
        assertThat(report.lines().get(2).outcome()).isEqualTo(ImportLine.Outcome.CANCELLED);
        assertThat(report.lines().subList(7, 10)).extracting(ImportLine::outcome)
                .containsOnly(ImportLine.Outcome.CANCELLED);
        long imported = report.count(ImportLine.Outcome.IMPORTED);
        assertThat(imported).isLessThanOrEqualTo(5);
        assertThat(fixture.rows()).isEqualTo((int) imported);
        assertThat(fixture.filesIn("originals")).hasSize((int) imported);
        assertThat(fixture.filesIn("incoming")).isEmpty();
    }

    @Test
    void aLargeFileThatIsNotAudioIsRefusedBeforeAByteIsCopied() throws Exception {
        Path inbox = fixture.inbox("sparse");
        Path sparse = inbox.resolve("holiday.mp3");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(512L * 1024 * 1024); // sparse: zeros that take no disk (issue 16 used 2 GiB)
        }
        Path fragment = Files.write(inbox.resolve("fragment.mp3"), Containers.frames(1, 128));
        Importer importer = new Importer(library.folder(), library.catalogue(), Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicLong copied = new java.util.concurrent.atomic.AtomicLong();

        ImportLine notAudio = importer.importOne(sparse, copied::addAndGet, RecordingContext.running());
        ImportLine tooShort = importer.importOne(fragment, copied::addAndGet, RecordingContext.running());

        assertThat(notAudio.outcome()).isEqualTo(ImportLine.Outcome.FAILED);
        assertThat(notAudio.message()).containsIgnoringCase("audio");
        assertThat(tooShort.outcome()).isEqualTo(ImportLine.Outcome.FAILED);
        assertThat(tooShort.message()).contains("at least one second");
        assertThat(copied.get()).as("bytes copied into the library").isZero();
        assertThat(fixture.filesIn("incoming")).isEmpty();
    }

    @Test
    void aFileIsProbedOnceUnlessItChangesBetweenTheProbeAndTheCopy() throws Exception {
        Path inbox = fixture.inbox("changing");
        Path steady = AudioFixtures.mp3(inbox.resolve("steady.mp3"), 1.5);
        Path growing = AudioFixtures.mp3(inbox.resolve("growing.mp3"), 1.5);
        java.util.List<Path> probed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Importer importer = new Importer(library.folder(), library.catalogue(), 1 << 20, (file, name) -> {
            probed.add(file);
            var info = AudioProbe.probe(file, name);
            if (file.equals(growing)) { // still being written by another program: it grows after the probe
                Files.write(growing, AudioFixtures.mp3(3.0, 44_100, 2, 128, false));
            }
            return info;
        });

        ImportReport report = importer.importAll(List.of(steady, growing), RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::outcome).containsOnly(ImportLine.Outcome.IMPORTED);
        assertThat(probed).filteredOn(steady::equals).hasSize(1);
        assertThat(probed).as("the changed file's copy is probed again").hasSize(3);
        assertThat(library.catalogue().all()).extracting(t -> t.duration().toMillis() / 1000.0)
                .anySatisfy(seconds -> assertThat(seconds).isGreaterThan(2.5));
    }

    @Test
    void aFragmentShorterThanASecondIsRefusedWithWhy() throws Exception {
        Path inbox = fixture.inbox("short");
        Path fragment = Files.write(inbox.resolve("fragment.mp3"), Containers.frames(1, 128)); // 417 bytes
        byte[] seven = java.util.Arrays.copyOf(AudioFixtures.mp3(1.0, 44_100, 2, 128, false), 700);
        Path sevenHundred = Files.write(inbox.resolve("seven-hundred.mp3"), seven);
        Path half = AudioFixtures.wav(inbox.resolve("half.wav"), 0.5, 8000, 1);
        Path second = AudioFixtures.wav(inbox.resolve("second.wav"), 1.0, 8000, 1);

        ImportReport report = library.importAll(List.of(fragment, sevenHundred, half, second),
                RecordingContext.running());

        assertThat(report.lines()).extracting(ImportLine::outcome).containsExactly(ImportLine.Outcome.FAILED,
                ImportLine.Outcome.FAILED, ImportLine.Outcome.FAILED, ImportLine.Outcome.IMPORTED);
        assertThat(report.lines().get(0).message()).contains("0.03 seconds").contains("at least one second");
        assertThat(report.lines().get(2).message()).contains("0.50 seconds");
        assertThat(fixture.filesIn("originals")).hasSize(1);
    }

    @Test
    void titlesFromTagsAndNamesLoseNewlinesAndEscapeCodes() throws Exception {
        Path inbox = fixture.inbox("titles");
        byte[] tag = new Id3v2Builder(3).text("TIT2", 3, "Line one\nLine two\u001b[31m red\u0007")
                .text("TPE1", 3, "\tThe\r\nReader\u202e ").build();
        Path tagged = Files.write(inbox.resolve("tagged.mp3"), Containers.concat(tag,
                AudioFixtures.mp3(1.5, 44_100, 2, 128, false)));
        Path named = AudioFixtures.mp3(inbox.resolve("name\u001b[2J with\nnewline.mp3"), 1.5);

        library.importAll(List.of(tagged, named), RecordingContext.running());

        assertThat(library.catalogue().all()).extracting(Track::title)
                .containsExactlyInAnyOrder("Line one Line two [31m red", "name [2J with newline");
        assertThat(library.catalogue().all()).extracting(Track::artist).contains("The Reader");
        Track track = library.catalogue().all().get(0);
        assertThat(library.rename(track.id(), "Renamed\r\nby hand\u0000", "A\u001bB").title())
                .isEqualTo("Renamed by hand");
        assertThat(CleanText.of("\u0085\u2028 x \u00a0 y\u200b")).isEqualTo("x y");
    }

    @Test
    void oneWavTheConverterCannotTakeFailsAloneAndTheQueueGoesOn() throws Exception {
        Path inbox = fixture.inbox("queue");
        Track bad = importOne(AudioFixtures.wav(inbox.resolve("a-bad.wav"), 1.0, 8000, 1));
        Track good = importOne(AudioFixtures.wav(inbox.resolve("b-good.wav"), 1.2, 8000, 1));
        // the library's copy changes under it (a damaged disk, a hostile edit): jump3r threw on this rate
        Files.write(library.sourcePath(bad), Hostile.wavWithRate(4_278_212_130L));

        List<ConversionLine> lines = library.convertPending(RecordingContext.running());

        assertThat(lines).extracting(ConversionLine::trackId).containsExactlyInAnyOrder(bad.id(), good.id());
        ConversionLine failed = lines.stream().filter(l -> l.trackId().equals(bad.id())).findFirst().orElseThrow();
        assertThat(failed.outcome()).isEqualTo(ConversionLine.Outcome.FAILED);
        assertThat(failed.message()).contains("damaged").contains("remove");
        assertThat(find(bad).status()).isEqualTo(TrackStatus.FAILED);
        assertThat(find(bad).statusDetail()).isEqualTo(failed.message());
        assertThat(find(good).status()).isEqualTo(TrackStatus.READY);
        assertThat(fixture.filesIn("converted")).hasSize(1);
    }

    private Track importOne(Path file) {
        String id = library.importAll(List.of(file), RecordingContext.running()).lines().get(0).trackId().orElseThrow();
        return library.catalogue().find(id).orElseThrow();
    }

    private Track find(Track track) throws StorageException {
        return library.catalogue().find(track.id()).orElseThrow();
    }
}
