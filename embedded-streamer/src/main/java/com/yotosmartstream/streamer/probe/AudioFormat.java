package com.yotosmartstream.streamer.probe;

/**
 * The audio formats the library knows, told apart by their content, never by the file name.
 *
 * <p>What a player streams as it is: a Yoto stream track is {@code type:"stream"} with
 * {@code format} "mp3" or "aac" (Yoto's card schema and its streaming example, which serves a whole
 * MP3 body as {@code audio/mpeg}; docs/yoto-protocol.md, "Streamed audio"). So MP3 streams, and AAC
 * streams only as a stream: ADTS frames, each carrying its own header. AAC inside an MP4 container
 * (.m4a, .m4b) is a file, not a stream (its index may sit at the end; it is served as
 * {@code audio/mp4}, which players refuse), so it is converted to MP3 like everything else.
 */
public enum AudioFormat {
    MP3("MP3", "mp3", "audio/mpeg", true),
    /** AAC in an MP4 container (.m4a, .m4b): not a stream, so converted. */
    AAC_MP4("AAC (M4A)", "m4a", "audio/mp4", false),
    /** Raw AAC in ADTS frames (.aac): AAC as a stream. */
    AAC_ADTS("AAC", "aac", "audio/aac", true),
    /** Apple Lossless in an MP4 container. */
    ALAC("ALAC", "m4a", "audio/mp4", false),
    WAV("WAV", "wav", "audio/wav", false),
    FLAC("FLAC", "flac", "audio/flac", false),
    VORBIS("Ogg Vorbis", "ogg", "audio/ogg", false),
    OPUS("Opus", "opus", "audio/ogg", false),
    /** Apple's uncompressed format (AIFF, or AIFF-C): converted by ffmpeg. */
    AIFF("AIFF", "aiff", "audio/aiff", false),
    /** WebM (a Matroska file of DocType "webm"), usually Opus or Vorbis: converted by ffmpeg. */
    WEBM("WebM", "webm", "audio/webm", false),
    /** Matroska audio (.mka; DocType "matroska"), any codec inside: converted by ffmpeg. */
    MATROSKA("Matroska", "mka", "audio/x-matroska", false),
    /** Windows Media Audio in an ASF file: converted by ffmpeg. */
    WMA("WMA", "wma", "audio/x-ms-wma", false);

    private final String label;
    private final String extension;
    private final String mediaType;
    private final boolean streamable;

    AudioFormat(String label, String extension, String mediaType, boolean streamable) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.streamable = streamable;
    }

    /** What the user sees: "MP3", "Ogg Vorbis". */
    public String label() {
        return label;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether players can stream it as it is (see the class comment for the source). */
    public boolean streamable() {
        return streamable;
    }

    /**
     * Whether a stream file with this extension is one players take: "mp3", or "aac" (ADTS). Yoto's
     * {@code format} field names exactly these two for stream tracks.
     */
    public static boolean playerStreams(String extension) {
        return MP3.extension.equals(extension) || AAC_ADTS.extension.equals(extension);
    }

    /** Whether {@code fileName}'s extension is one this format is usually saved under. */
    public boolean matchesName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return switch (this) {
            case MP3 -> lower.endsWith(".mp3") || lower.endsWith(".mpga") || lower.endsWith(".mp2");
            case AAC_MP4, ALAC -> lower.endsWith(".m4a") || lower.endsWith(".m4b") || lower.endsWith(".mp4")
                    || lower.endsWith(".aac");
            case AAC_ADTS -> lower.endsWith(".aac") || lower.endsWith(".adts");
            case WAV -> lower.endsWith(".wav") || lower.endsWith(".wave");
            case FLAC -> lower.endsWith(".flac");
            case VORBIS -> lower.endsWith(".ogg") || lower.endsWith(".oga");
            case OPUS -> lower.endsWith(".opus") || lower.endsWith(".ogg") || lower.endsWith(".oga");
            case AIFF -> lower.endsWith(".aif") || lower.endsWith(".aiff") || lower.endsWith(".aifc");
            case WEBM -> lower.endsWith(".webm") || lower.endsWith(".weba");
            case MATROSKA -> lower.endsWith(".mka") || lower.endsWith(".mkv");
            case WMA -> lower.endsWith(".wma") || lower.endsWith(".asf");
        };
    }
}
