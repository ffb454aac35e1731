package com.yotosmartstream.streamer.convert;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/** 16-bit interleaved PCM decoded in pure Java: WAV through javax.sound, MP3 through JLayer. */
abstract class PcmReader implements AutoCloseable {

    abstract int sampleRate();

    abstract int channels();

    /** Fills up to {@code buffer.length / channels} frames; returns how many, or -1 at the end. */
    abstract int read(short[] buffer) throws IOException;

    @Override
    public abstract void close() throws IOException;

    static PcmReader wav(Path file) throws IOException, ConversionException {
        AudioInputStream source;
        try {
            source = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(file)));
        } catch (UnsupportedAudioFileException e) {
            throw new ConversionException("Java cannot read this WAV file (" + e.getMessage() + "); install ffmpeg to"
                    + " convert it.", e);
        }
        javax.sound.sampled.AudioFormat from = source.getFormat();
        javax.sound.sampled.AudioFormat pcm = new javax.sound.sampled.AudioFormat(
                javax.sound.sampled.AudioFormat.Encoding.PCM_SIGNED, from.getSampleRate(), 16, from.getChannels(),
                from.getChannels() * 2, from.getSampleRate(), false);
        AudioInputStream decoded;
        try {
            decoded = from.matches(pcm) ? source : AudioSystem.getAudioInputStream(pcm, source);
        } catch (IllegalArgumentException e) {
            source.close();
            throw new ConversionException("Java cannot decode this kind of WAV (" + from.getEncoding() + ", "
                    + from.getSampleSizeInBits() + " bits); install ffmpeg to convert it.", e);
        }
        return new WavReader(decoded, (int) from.getSampleRate(), from.getChannels());
    }

    static PcmReader mp3(Path file) throws IOException {
        return new Mp3Reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    private static final class WavReader extends PcmReader {
        private final AudioInputStream in;
        private final int rate;
        private final int channels;
        private byte[] bytes = new byte[0];

        WavReader(AudioInputStream in, int rate, int channels) {
            this.in = in;
            this.rate = rate;
            this.channels = channels;
        }

        @Override
        int sampleRate() {
            return rate;
        }

        @Override
        int channels() {
            return channels;
        }

        @Override
        int read(short[] buffer) throws IOException {
            int frames = buffer.length / channels;
            int want = frames * channels * 2;
            if (bytes.length < want) {
                bytes = new byte[want];
            }
            int n = in.readNBytes(bytes, 0, want);
            if (n <= 0) {
                return -1;
            }
            int samples = n / 2;
            for (int i = 0; i < samples; i++) {
                buffer[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
            }
            return samples / channels;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Mp3Reader extends PcmReader {
        private final InputStream in;
        private final Bitstream bitstream;
        private final Decoder decoder = new Decoder();
        private short[] pending = new short[0];
        private int pendingStart;
        private int pendingEnd;
        private int rate;
        private int channels;

        Mp3Reader(InputStream in) throws IOException {
            this.in = in;
            this.bitstream = new Bitstream(in);
            if (!decodeNext()) {
                throw new IOException("No MP3 frame could be decoded");
            }
        }

        @Override
        int sampleRate() {
            return rate;
        }

        @Override
        int channels() {
            return channels;
        }

        @Override
        int read(short[] buffer) throws IOException {
            int filled = 0;
            while (filled < buffer.length - channels + 1) {
                if (pendingStart == pendingEnd && !decodeNext()) {
                    break;
                }
                int n = Math.min(pendingEnd - pendingStart, (buffer.length / channels) * channels - filled);
                System.arraycopy(pending, pendingStart, buffer, filled, n);
                pendingStart += n;
                filled += n;
            }
            return filled == 0 ? -1 : filled / channels;
        }

        /** Decodes frames until one yields samples; false at the end (damaged frames are skipped). */
        private boolean decodeNext() throws IOException {
            try {
                Header header;
                while ((header = bitstream.readFrame()) != null) {
                    try {
                        SampleBuffer output = (SampleBuffer) decoder.decodeFrame(header, bitstream);
                        rate = decoder.getOutputFrequency();
                        channels = decoder.getOutputChannels();
                        int length = output.getBufferLength();
                        if (pending.length < length) {
                            pending = new short[length];
                        }
                        System.arraycopy(output.getBuffer(), 0, pending, 0, length);
                        pendingStart = 0;
                        pendingEnd = length;
                        if (length > 0) {
                            return true;
                        }
                    } catch (DecoderException | RuntimeException e) {
                        // a damaged frame: skip it, as a player would (JLayer throws index, arithmetic and other
                        // unchecked exceptions on damaged frames; fuzzing found a division by zero in
                        // LayerIIIDecoder.dequantize_sample)
                    } finally {
                        bitstream.closeFrame();
                    }
                }
                return false;
            } catch (BitstreamException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                bitstream.close();
            } catch (BitstreamException e) {
                in.close();
            }
        }
    }
}
