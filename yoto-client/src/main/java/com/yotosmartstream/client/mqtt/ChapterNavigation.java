package com.yotosmartstream.client.mqtt;

import com.yotosmartstream.client.model.Card;
import com.yotosmartstream.client.model.Chapter;
import java.util.List;
import java.util.Optional;

/**
 * Next and previous chapter. Players have no such command, so skipping is a {@code card/start}
 * at the neighbouring chapter's first track, by the keys the card holds. Give it the card's whole
 * content ({@code CardContents}): a card from a list has no chapters, so nothing would be found.
 */
public final class ChapterNavigation {

    private ChapterNavigation() {
    }

    public static Optional<CardStart> next(Card card, String currentChapterKey) {
        return neighbour(card, currentChapterKey, 1);
    }

    public static Optional<CardStart> previous(Card card, String currentChapterKey) {
        return neighbour(card, currentChapterKey, -1);
    }

    private static Optional<CardStart> neighbour(Card card, String currentChapterKey, int step) {
        String cardId = card.cardId().orElseThrow(() -> new IllegalArgumentException("The card has no id yet"));
        List<Chapter> chapters = card.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).key().equals(currentChapterKey)) {
                int target = i + step;
                if (target < 0 || target >= chapters.size() || chapters.get(target).tracks().isEmpty()) {
                    return Optional.empty();
                }
                Chapter chapter = chapters.get(target);
                return Optional.of(CardStart.of(cardId).at(chapter.key(), chapter.tracks().get(0).key()));
            }
        }
        return Optional.empty();
    }
}
