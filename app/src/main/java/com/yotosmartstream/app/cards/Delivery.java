package com.yotosmartstream.app.cards;

/** How a card's audio reaches the players. */
public enum Delivery {
    /** Tracks of {@code type:"stream"} pointing at this computer's stream server, with a per-card token. */
    STREAM("Stream from this computer"),
    /** Tracks uploaded to Yoto and converted there: works with no server reachable. */
    UPLOAD("Upload to Yoto");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
