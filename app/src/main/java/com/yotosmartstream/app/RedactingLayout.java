package com.yotosmartstream.app;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.yotosmartstream.core.text.Secrets;
import java.util.regex.Pattern;

/**
 * The one redaction at the logging layer (ADR 0057): every line the console and the log file
 * write, exceptions and their causes included, passes through {@link Secrets#redact} (JWTs,
 * Bearer credentials, {@code token=}-style values, stream tokens), and control characters other
 * than line breaks and tabs are shown as {@code ?}, so a title or a server's message cannot move
 * the cursor or colour a terminal. {@code logback.xml} and {@link LogSetup} use it.
 */
public class RedactingLayout extends PatternLayout {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x9B]|\\r(?!\\n)");

    @Override
    public String doLayout(ILoggingEvent event) {
        return clean(super.doLayout(event));
    }

    static String clean(String line) {
        return CONTROL.matcher(Secrets.redact(line)).replaceAll("?");
    }
}
