package com.yotosmartstream.streamer.testing;

import static com.yotosmartstream.streamer.testing.Containers.concat;

import java.awt.Color;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fuzz tests' seed corpora (ADR 0052) from the same builders the probe tests use, so a
 * seed can be made again and its origin read: {@code mvn -pl embedded-streamer -am test
 * -Dtest=SeedCorpusWriter -Dfuzz.writeSeeds=true}. Seeds are small (a few frames), which keeps
 * the regression run fast and lets the fuzzer mutate them quickly. Crash inputs that fuzzing
 * found are kept beside these under their own names ({@code crash-*}); this writer leaves them.
 */
@EnabledIfSystemProperty(named = "fuzz.writeSeeds", matches = "true")
class SeedCorpusWriter {

    private static final Path RESOURCES = Path.of("src/test/resources/com/yotosmartstream/streamer");

    private static void seed(String target, String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(RESOURCES.resolve(target));
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] wav(double seconds) throws IOException {
        Path temp = Files.createTempFile("seed", ".wav");
        try {
            return Files.readAllBytes(AudioFixtures.wav(temp, seconds, 8000, 1));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@code count} ADTS frames (AAC LC, 44.1 kHz, stereo) of {@code length} bytes each, header included. */
    static byte[] adts(int count, int length) {
        ByteBuffer out = ByteBuffer.allocate(count * length);
        for (int i = 0; i < count; i++) {
            byte[] frame = new byte[length];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xF1; // MPEG-4, no CRC
            frame[2] = (byte) ((1 << 6) | (4 << 2)); // AAC LC, 44.1 kHz
            frame[3] = (byte) ((2 << 6) | ((length >> 11) & 3)); // two channels
            frame[4] = (byte) (length >> 3);
            frame[5] = (byte) (((length & 7) << 5) | 0x1F);
            frame[6] = (byte) 0xFC;
            out.put(frame);
        }
        return out.array();
    }

    @Test
    void writeSeeds() throws IOException {
        byte[] png = AudioFixtures.png(2, Color.RED);
        byte[] mp3 = Containers.frames(3, 128);
        byte[] id3v3 = new Id3v2Builder(3).text("TIT2", 1, "Title").text("TPE1", 0, "Artist").text("TRCK", 0, "2/9")
                .picture(3, "image/png", png).build();
        byte[] id3v4 = new Id3v2Builder(4).text("TIT2", 3, "Ti\u00fftle").unsynchronised().picture(0, "image/png", png)
                .build();
        byte[] id3v2 = new Id3v2Builder(2).text("TT2", 0, "Old").build();
        byte[] id3v3Unsync = new Id3v2Builder(3).text("TALB", 0, "\u00ff\u00e0").unsynchronised().padding(8).build();
        byte[] hostileId3 = Hostile.id3FrameSizeTopBit();
        byte[] hostileId3Tag = java.util.Arrays.copyOf(hostileId3, hostileId3.length - 120 * 417 + 4);
        byte[] wav = wav(0.02);
        byte[] flac = Containers.flac(44_100, 2, 44_100L * 3, List.of("TITLE=Song", "TRACKNUMBER=3"), png, 16);
        byte[] vorbis = Containers.ogg(false, 44_100, 2, List.of("TITLE=x"), 44_100L * 2, 1, true);
        byte[] opus = Containers.ogg(true, 48_000, 1, List.of("TITLE=y"), 48_000L * 2, 1, true);
        byte[] m4a = Containers.m4a("mp4a", 44_100, 2, 44_100, 44_100L * 3, 96_000, "T", "A", "B", 1, png, 16, false);
        byte[] alac = Containers.m4a("alac", 48_000, 1, 48_000, 48_000L, 0, "", "", "", 0, null, 8, false);
        byte[] aac = adts(4, 32);

        seed("probe/ProbeFuzzTestInputs/anyFile", "mp3-frames", mp3);
        seed("probe/ProbeFuzzTestInputs/anyFile", "mp3-id3v23", concat(id3v3, mp3, Id3v2Builder.v1("t", "a", "b", 1)));
        seed("probe/ProbeFuzzTestInputs/anyFile", "mp3-xing", concat(Containers.xingFrame("Xing", 3, 1251, 576, 100),
                mp3));
        seed("probe/ProbeFuzzTestInputs/anyFile", "mp3-vbri", concat(Containers.vbriFrame(3, 1251), mp3));
        seed("probe/ProbeFuzzTestInputs/anyFile", "wav", wav);
        seed("probe/ProbeFuzzTestInputs/anyFile", "flac", flac);
        seed("probe/ProbeFuzzTestInputs/anyFile", "ogg-vorbis", vorbis);
        seed("probe/ProbeFuzzTestInputs/anyFile", "m4a", m4a);
        seed("probe/ProbeFuzzTestInputs/anyFile", "adts", aac);
        seed("probe/ProbeFuzzTestInputs/anyFile", "id3-then-flac", concat(id3v2, flac));
        seed("probe/ProbeFuzzTestInputs/anyFile", "png", png);

        seed("probe/ProbeFuzzTestInputs/id3", "v22", id3v2);
        seed("probe/ProbeFuzzTestInputs/id3", "v23-picture", id3v3);
        seed("probe/ProbeFuzzTestInputs/id3", "v23-unsync", id3v3Unsync);
        seed("probe/ProbeFuzzTestInputs/id3", "v24-unsync-picture", id3v4);
        seed("probe/ProbeFuzzTestInputs/id3", "v23-frame-size-top-bit", hostileId3Tag);
        seed("probe/ProbeFuzzTestInputs/id3", "two-tags-and-v1", concat(id3v2, id3v3Unsync, Id3v2Builder.v1("t", "a",
                "b", 4)));

        seed("probe/ProbeFuzzTestInputs/mp4", "aac", m4a);
        seed("probe/ProbeFuzzTestInputs/mp4", "alac", alac);
        seed("probe/ProbeFuzzTestInputs/mp4", "huge-top-level-box", java.util.Arrays.copyOf(
                Hostile.mp4HugeTopLevelBox(), Hostile.mp4HugeTopLevelBox().length - 48));
        seed("probe/ProbeFuzzTestInputs/mp4", "huge-child-box", Hostile.mp4HugeChildBox());

        seed("probe/ProbeFuzzTestInputs/ogg", "vorbis", vorbis);
        seed("probe/ProbeFuzzTestInputs/ogg", "opus", opus);
        seed("probe/ProbeFuzzTestInputs/ogg", "vorbis-rate-zero", Containers.ogg(false, 0, 2, List.of(), 100, 1, true));

        seed("probe/ProbeFuzzTestInputs/flac", "picture-and-comments", flac);
        seed("probe/ProbeFuzzTestInputs/flac", "empty-picture-block", java.util.Arrays.copyOf(
                Hostile.flacEmptyPicture(), 4 + 4 + 34 + 4 + 16));

        seed("probe/ProbeFuzzTestInputs/wav", "pcm", wav);
        seed("probe/ProbeFuzzTestInputs/wav", "rate-4278212130", java.util.Arrays.copyOf(Hostile.wavWithRate(
                4_278_212_130L), 100));
        byte[] list = Hostile.wavListOverflow();
        seed("probe/ProbeFuzzTestInputs/wav", "list-overflow", java.util.Arrays.copyOf(list, 120));

        byte[] aiff = Containers.aiff(44_100, 2, 44_100L * 2, "Apple", 64);
        seed("probe/ProbeFuzzTestInputs/anyFile", "aiff", aiff);
        seed("probe/ProbeFuzzTestInputs/aiff", "pcm", aiff);
        seed("probe/ProbeFuzzTestInputs/aiff", "rate-1", Containers.aiff(1, 1, 10, "", 4));
        seed("probe/ProbeFuzzTestInputs/aiff", "comm-cut", java.util.Arrays.copyOf(aiff, 30));

        byte[] webm = MatroskaAsf.matroska(MatroskaAsf.Mkv.webm(2500));
        byte[] wma = MatroskaAsf.asf(MatroskaAsf.Wma.of(2.5));
        seed("probe/ProbeFuzzTestInputs/anyFile", "webm", webm);
        seed("probe/ProbeFuzzTestInputs/anyFile", "wma", wma);
        seed("probe/ProbeFuzzTestInputs/matroska", "webm-opus", webm);
        seed("probe/ProbeFuzzTestInputs/matroska", "mka-no-duration", MatroskaAsf.matroska(MatroskaAsf.Mkv.webm(-1)
                .docType("matroska")));
        seed("probe/ProbeFuzzTestInputs/matroska", "encrypted", MatroskaAsf.matroska(MatroskaAsf.Mkv.webm(2500)
                .withEncryption()));
        seed("probe/ProbeFuzzTestInputs/asf", "wma", wma);
        seed("probe/ProbeFuzzTestInputs/asf", "encrypted", MatroskaAsf.asf(MatroskaAsf.Wma.of(2.5).withEncryption()));
        seed("probe/ProbeFuzzTestInputs/asf", "cut-in-header", java.util.Arrays.copyOf(wma, 200));

        seed("chapters/ChapterJsonFuzzTestInputs/chapters", "three", ("{\"chapters\": [{\"id\": 0, \"time_base\":"
                + " \"1/1000\", \"start\": 0, \"start_time\": \"0.000000\", \"end\": 2000, \"end_time\":"
                + " \"2.000000\", \"tags\": {\"title\": \"Opening\"}}, {\"start_time\": \"2.0\", \"end_time\":"
                + " \"4.5\", \"tags\": {\"title\": \"The Storm\"}}, {\"start_time\": \"4.5\", \"end_time\":"
                + " \"6.0\", \"tags\": {}}]}").getBytes(StandardCharsets.UTF_8));
        seed("chapters/ChapterJsonFuzzTestInputs/chapters", "past-the-end", ("{\"chapters\": [{\"start_time\":"
                + " \"4199.5\", \"end_time\": \"99999\", \"tags\": {\"TITLE\": \"\\u001b[2J\"}}, {\"start_time\":"
                + " \"-5\", \"end_time\": \"NaN\"}]}").getBytes(StandardCharsets.UTF_8));
        seed("chapters/ChapterJsonFuzzTestInputs/chapters", "not-chapters", "{\"chapters\": {\"a\": [1, 2]}}"
                .getBytes(StandardCharsets.UTF_8));

        seed("probe/ProbeFuzzTestInputs/adts", "four-frames", aac);
        seed("probe/ProbeFuzzTestInputs/adts", "last-frame-cut", java.util.Arrays.copyOf(adts(3, 40), 100));

        seed("convert/ConverterInputFuzzTestInputs/wavAndMp3", "wav", wav);
        seed("convert/ConverterInputFuzzTestInputs/wavAndMp3", "mp3", AudioFixtures.mp3(0.1, 8000, 1, 8, false));
        seed("convert/ConverterInputFuzzTestInputs/wavAndMp3", "mp3-stereo", AudioFixtures.mp3(0.05, 44_100, 2, 128,
                false));
        seed("convert/ConverterInputFuzzTestInputs/wavAndMp3", "wav-rate-4278212130", java.util.Arrays.copyOf(
                Hostile.wavWithRate(4_278_212_130L), 200));

        // FuzzedDataProvider: the size is taken from the end of the input, the header from the rest
        byte[] size = ByteBuffer.allocate(8).putLong(1_000_000).array();
        for (String header : new String[] {"bytes=0-99", "bytes=-500", "bytes=100-", "bytes=5-1", "bytes=0-1,5-9",
            "items=0-5", "bytes=99999999999999999999-", " BYTES = 1 - 2 "}) {
            seed("server/RequestParsingFuzzTestInputs/rangeHeader", header.strip().replaceAll("[^a-z0-9]", "_"),
                    concat(header.getBytes(StandardCharsets.US_ASCII), size));
        }
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
        for (String path : new String[] {"/stream/" + token + "/0123456789abcdef.mp3",
            "/stream/" + token + "/0123456789abcdef.m4a", "/stream/" + token + "/..%2fsecret.txt",
            "/stream/" + token + "/0123456789ABCDEF.mp3", "/stream/" + token.substring(1) + "/0123456789abcdef.aac",
            "/health"}) {
            seed("server/RequestParsingFuzzTestInputs/streamPath", Integer.toHexString(path.hashCode()),
                    path.getBytes(StandardCharsets.US_ASCII));
        }
    }
}
