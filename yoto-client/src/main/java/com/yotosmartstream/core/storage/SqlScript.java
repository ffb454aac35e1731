package com.yotosmartstream.core.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a migration script into statements: at semicolons outside quotes and comments, keeping
 * a trigger's {@code BEGIN ... END} body whole.
 */
final class SqlScript {

    private static final Pattern TRIGGER = Pattern.compile("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*",
            Pattern.DOTALL);
    private static final Pattern ENDS_WITH_END = Pattern.compile(".*\\bEND\\s*$", Pattern.DOTALL);

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end + 1;
                current.append('\n');
                continue;
            }
            if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? script.length() : end + 2;
                current.append(' ');
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == ';' && !insideTrigger(current)) {
                add(result, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
            i++;
        }
        add(result, current);
        return result;
    }

    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2; // doubled quote inside a literal
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    private static boolean insideTrigger(StringBuilder statement) {
        String upper = statement.toString().strip().toUpperCase(Locale.ROOT);
        return TRIGGER.matcher(upper).matches() && !ENDS_WITH_END.matcher(upper).matches();
    }

    private static void add(List<String> result, StringBuilder statement) {
        String sql = statement.toString().strip();
        if (!sql.isEmpty()) {
            result.add(sql);
        }
    }
}
