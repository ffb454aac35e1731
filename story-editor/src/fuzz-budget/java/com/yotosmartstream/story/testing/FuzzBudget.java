package com.yotosmartstream.story.testing;

/**
 * How long one fuzz test fuzzes when JAZZER_FUZZ is set. Jazzer reads it from the annotation
 * ({@code @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)}), which takes only a constant, so
 * {@code scripts/fuzz.sh TARGET MINUTES} writes its own copy of this class and the {@code fuzz}
 * profile compiles that one instead (ADR 0052). In {@code mvn test} only the seeds run and this
 * value is not used.
 */
public final class FuzzBudget {

    public static final String MAX_DURATION = "2m";

    private FuzzBudget() {
    }
}
