package com.yotosmartstream.story.twine;

/**
 * Choices the author makes for an import.
 *
 * @param mergeHeaderAndFooter put the narration of the passages the story format shows with every
 *     passage (SugarCube's {@code PassageHeader}/{@code PassageFooter}, Harlowe's {@code header}/
 *     {@code footer} tags) before and after every node's narration, and their links on the exits
 *     each node leaves free (ADR 0084); off, they are set aside like other special passages
 */
public record ImportOptions(boolean mergeHeaderAndFooter) {

    /** Header and footer set aside, not merged. */
    public static final ImportOptions DEFAULT = new ImportOptions(false);

    /** What the import flow offers as the choice. */
    public static final String MERGE_LABEL = "Merge header and footer text into every node";
}
