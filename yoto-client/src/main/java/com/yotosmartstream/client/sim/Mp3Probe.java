package com.yotosmartstream.client.sim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;

/**
 * Learns an MP3's real duration by decoding it with JLayer, as a player does: something that
 * yields no decodable frames is not playable.
 */
public final class Mp3Probe {

    /** Decoding stops here; longer streams are reported as this long. */
    private static final Duration LIMIT = Duration.ofHours(3);

    private Mp3Probe() {
    }

    /** The stream's duration; IOException (with the reason) when it is not playable MP3. */
    public static Duration duration(InputStream in) throws IOException {
        Bitstream bitstream = new Bitstream(new BufferedInputStream(in));
        Decoder decoder = new Decoder();
        double millis = 0;
        int frames = 0;
        try {
            Header header;
            while (millis < LIMIT.toMillis() && (header = bitstream.readFrame()) != null) {
                decoder.decodeFrame(header, bitstream);
                millis += header.ms_per_frame();
                frames++;
                bitstream.closeFrame();
            }
        } catch (BitstreamException | DecoderException | ArrayIndexOutOfBoundsException e) {
            if (frames == 0) {
                throw new IOException("not MP3 audio (" + e.getClass().getSimpleName() + ")", e);
            }
        } finally {
            try {
                bitstream.close();
            } catch (BitstreamException e) {
                // nothing more to read anyway
            }
        }
        if (frames == 0) {
            throw new IOException("no MP3 frames");
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
