package com.yotosmartstream.story.state;

/** Text that is not in the story's variable language, with a sentence saying what is wrong. */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExpressionException(String message) {
        super(message);
    }
}
