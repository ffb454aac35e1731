package com.yotosmartstream.app.cards;

import java.util.Optional;

/**
 * Where the Cards page finds the pictures of chapter icons: library icons ({@code icon:<id>}) by
 * their PNG bytes, Yoto's icons ({@code yoto:#...}) by their address. Both blocking: called in the
 * background.
 */
public interface ChapterIconSource {

    Optional<byte[]> libraryPng(long id) throws Exception;

    Optional<String> yotoUrl(String reference);
}
