package com.yotosmartstream.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import com.yotosmartstream.core.storage.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Adds the rolling log file in the data folder once that folder is known and locked (the console
 * appender comes from {@code logback.xml}). A day per file, 10 MB at most each, 14 days and
 * 100 MB kept. Lines pass through {@link RedactingLayout}; files are {@code 0600} (ADR 0057). A
 * logs folder that cannot be written leaves the app running without a file, and says so.
 */
final class LogSetup {

    static final String FILE_NAME = "yoto-smart-stream.log";
    static final String APPENDER_NAME = "FILE";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /** The log file in use, or why there is none (a warning to show). */
    record LogFile(Optional<Path> file, Optional<String> warning) {
    }

    private LogSetup() {
    }

    static LogFile addFileAppender(Path logsDir) {
        Path file = logsDir.resolve(FILE_NAME);
        try {
            OwnerOnly.createFolder(logsDir);
        } catch (IOException e) {
            return noLog("the logs folder " + logsDir + " cannot be created (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(logsDir)) {
            return noLog("the logs folder " + logsDir + " is read-only");
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new OwnerOnlyFileAppender();
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logsDir.resolve("yoto-smart-stream.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();

        appender.setRollingPolicy(policy);
        appender.start();
        if (!appender.isStarted()) {
            // logback reports the reason to its status list, not to the caller
            policy.stop();
            return noLog("the log file " + file + " cannot be opened for writing");
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return new LogFile(Optional.of(file), Optional.empty());
    }

    /** Stops and removes the file appender (tests; the app keeps it to the end). */
    static void removeFileAppender() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender(APPENDER_NAME);
        if (appender != null) {
            root.detachAppender(appender);
            appender.stop();
        }
    }

    private static LogFile noLog(String why) {
        return new LogFile(Optional.empty(), Optional.of("No log file is kept: " + why + ". The app works without"
                + " it, but a problem cannot be reported with a log. Make the folder writable by you, then restart"
                + " the app."));
    }

    /** A rolling file appender whose files only their user may read. */
    private static final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path path = Path.of(fileName);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            OwnerOnly.createFile(path);
            super.openFile(fileName);
        }
    }
}
