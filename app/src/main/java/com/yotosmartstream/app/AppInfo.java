package com.yotosmartstream.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's name and version, as built. */
public record AppInfo(String name, String version) {

    public static final String NAME = "Yoto Smart Stream";

    public static AppInfo current() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/app-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": the version is informative only
        }
        String version = properties.getProperty("version", "unknown");
        return new AppInfo(NAME, version.startsWith("${") ? "unknown" : version);
    }

    /** One line with everything a bug report needs about the runtime. */
    public String runtimeDescription() {
        return NAME + " " + version + " on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + "), JavaFX " + System.getProperty("javafx.runtime.version", "?")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }
}
