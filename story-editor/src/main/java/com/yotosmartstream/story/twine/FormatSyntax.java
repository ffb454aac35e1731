package com.yotosmartstream.story.twine;

/** What one story format adds to the passage syntax every format shares. */
interface FormatSyntax {

    /** Reads what the format recognises at the scanner's place and returns true; false leaves it to the shared reading. */
    boolean read(PassageScanner scanner);

    /** The passage text before reading (Chapbook's vars section and modifiers); as it is by default. */
    default String prepare(String text, PassageScanner scanner) {
        return text;
    }

    /** One line of narration with the format's markup (emphasis, headings, rules) rendered to plain text. */
    String plain(String line);

    /** Text written so this format shows it exactly as it is (verbatim markup). */
    String verbatim(String text);

    /** Backtick verbatim: a run of n backticks up to the next run of exactly n (Harlowe, and Markdown code spans). */
    static boolean backticks(PassageScanner s) {
        String src = s.src();
        int start = s.pos();
        int n = 0;
        while (start + n < src.length() && src.charAt(start + n) == '`') {
            n++;
        }
        int i = start + n;
        while (i < src.length()) {
            int at = src.indexOf('`', i);
            if (at < 0) {
                break;
            }
            int run = 0;
            while (at + run < src.length() && src.charAt(at + run) == '`') {
                run++;
            }
            if (run == n) {
                String content = src.substring(start + n, at);
                // as a Markdown code span: one space each side is taken off, so content may start or end with `
                if (content.length() > 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank()) {
                    content = content.substring(1, content.length() - 1);
                }
                s.verbatim(content);
                s.moveTo(at + n);
                return true;
            }
            i = at + run;
        }
        s.text(src.substring(start, start + n));
        s.moveTo(start + n);
        return true;
    }

    /** Wraps text in a backtick run longer than any inside it. */
    static String inBackticks(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.length() > 2 && text.startsWith(" ")
                && text.endsWith(" ") && !text.isBlank();
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }
}
