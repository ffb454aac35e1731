package com.yotosmartstream.client.api;

/**
 * Hears how an audio upload is going: hashing the file, sending it, then Yoto converting it.
 * Called on the uploading thread, often (every 64 KiB); keep it quick.
 */
@FunctionalInterface
public interface UploadProgress {

    /** What the upload is doing. */
    enum Phase { HASHING, UPLOADING, TRANSCODING }

    /** Ignores every report. */
    UploadProgress NONE = (phase, bytesDone, bytesTotal) -> { };

    /**
     * @param bytesDone bytes of the file hashed or sent so far (all of them while Yoto converts)
     * @param bytesTotal the size of the file
     */
    void update(Phase phase, long bytesDone, long bytesTotal);
}
