package com.yotosmartstream.core.audio;

import java.util.Arrays;

/**
 * Integrated loudness per ITU-R BS.1770-4 / EBU R 128: K-weighting (a high shelf and a high pass,
 * their coefficients computed for the sample rate as libebur128 does), mean squares over 400 ms
 * blocks overlapping by 75 %, an absolute gate at -70 LUFS and a relative gate 10 LU below. Also
 * keeps the sample peak. Fed 16-bit interleaved PCM; mono and stereo channels weigh 1.
 */
public final class LoudnessMeter {

    private final int channels;
    private final int subBlock;
    private final double[][] state;
    private final double[] highShelf = new double[5];
    private final double[] highPass = new double[5];
    private double[] energies = new double[1024];
    private int blocks;
    private double current;
    private int inSubBlock;
    private int peak;
    private double totalEnergy;
    private long totalFrames;

    public LoudnessMeter(int sampleRate, int channels) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException(sampleRate + " Hz, " + channels + " channels");
        }
        this.channels = channels;
        this.subBlock = Math.max(1, sampleRate / 10);
        this.state = new double[channels][4];
        double k = Math.tan(Math.PI * 1681.974450955533 / sampleRate);
        double q = 0.7071752369554196;
        double vh = Math.pow(10.0, 3.999843853973347 / 20.0);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / q + k * k;
        highShelf[0] = (vh + vb * k / q + k * k) / a0;
        highShelf[1] = 2.0 * (k * k - vh) / a0;
        highShelf[2] = (vh - vb * k / q + k * k) / a0;
        highShelf[3] = 2.0 * (k * k - 1.0) / a0;
        highShelf[4] = (1.0 - k / q + k * k) / a0;
        k = Math.tan(Math.PI * 38.13547087602444 / sampleRate);
        q = 0.5003270373238773;
        double d = 1.0 + k / q + k * k;
        highPass[0] = 1.0;
        highPass[1] = -2.0;
        highPass[2] = 1.0;
        highPass[3] = 2.0 * (k * k - 1.0) / d;
        highPass[4] = (1.0 - k / q + k * k) / d;
    }

    /** Adds {@code frames} frames of interleaved samples. */
    public void add(short[] samples, int frames) {
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                short sample = samples[f * channels + c];
                peak = Math.max(peak, Math.abs((int) sample));
                double x = sample / 32768.0;
                double[] s = state[c];
                // direct form II transposed, twice
                double y = highShelf[0] * x + s[0];
                s[0] = highShelf[1] * x - highShelf[3] * y + s[1];
                s[1] = highShelf[2] * x - highShelf[4] * y;
                double z = highPass[0] * y + s[2];
                s[2] = highPass[1] * y - highPass[3] * z + s[3];
                s[3] = highPass[2] * y - highPass[4] * z;
                sum += z * z;
            }
            current += sum;
            totalEnergy += sum;
            totalFrames++;
            if (++inSubBlock == subBlock) {
                if (blocks == energies.length) {
                    energies = Arrays.copyOf(energies, blocks * 2);
                }
                energies[blocks++] = current;
                current = 0;
                inSubBlock = 0;
            }
        }
    }

    /** The integrated loudness in LUFS; negative infinity for silence. */
    public double integrated() {
        int count = blocks - 3;
        if (count <= 0) {
            return totalFrames == 0 ? Double.NEGATIVE_INFINITY : lufs(totalEnergy / totalFrames);
        }
        double[] z = new double[count];
        for (int i = 0; i < count; i++) {
            z[i] = (energies[i] + energies[i + 1] + energies[i + 2] + energies[i + 3]) / (4.0 * subBlock);
        }
        double absoluteSum = 0;
        int absoluteCount = 0;
        for (double value : z) {
            if (lufs(value) > -70) {
                absoluteSum += value;
                absoluteCount++;
            }
        }
        if (absoluteCount == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relativeGate = lufs(absoluteSum / absoluteCount) - 10;
        double sum = 0;
        int n = 0;
        for (double value : z) {
            double l = lufs(value);
            if (l > -70 && l > relativeGate) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? Double.NEGATIVE_INFINITY : lufs(sum / n);
    }

    /** The largest sample, in dBFS (0 is full scale). */
    public double peakDbfs() {
        return peak == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(peak / 32768.0);
    }

    private static double lufs(double meanSquare) {
        return -0.691 + 10 * Math.log10(meanSquare);
    }

    /**
     * The gain in dB that brings {@code integrated} to {@code target} without pushing the peak above
     * {@code ceiling} dBFS; 0 for silence.
     */
    public static double gainDb(double integrated, double peakDbfs, double target, double ceiling) {
        if (Double.isInfinite(integrated)) {
            return 0;
        }
        double gain = target - integrated;
        return Double.isInfinite(peakDbfs) ? gain : Math.min(gain, ceiling - peakDbfs);
    }
}
