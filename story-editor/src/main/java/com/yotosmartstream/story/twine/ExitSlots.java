package com.yotosmartstream.story.twine;

import com.yotosmartstream.story.model.Exit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a passage's choices on a node's three exits the way twine-to-yoto does (story-formats.md):
 * in the order written, the first on the left button, the second on the right, the third at the
 * end of the track; an empty slot {@code [[]]} keeps its place empty. A choice that moves on by
 * itself ({@code (go-to:)}) takes the end of the track when the buttons leave it free. What does
 * not fit is {@code extra}.
 *
 * @param targets passage names (or {@link Choice#START}) by exit
 * @param labels each exit's link words, as written
 * @param keptEmpty the exits an empty slot {@code [[]]} keeps empty
 * @param conditions each exit's condition (ADR 0082), where it has one
 */
record ExitSlots(Map<Exit, String> targets, Map<Exit, String> labels, List<Choice> extra, Set<Exit> keptEmpty,
        Map<Exit, String> conditions) {

    /** The exits still free: neither used nor kept empty, and none when links are already left over. */
    List<Exit> free() {
        List<Exit> free = new ArrayList<>();
        if (extra.isEmpty()) {
            for (Exit exit : Exit.values()) {
                if (!targets.containsKey(exit) && !keptEmpty.contains(exit)) {
                    free.add(exit);
                }
            }
        }
        return free;
    }

    static ExitSlots of(List<Choice> choices) {
        List<Choice> slots = new ArrayList<>();
        List<Choice> automatic = new ArrayList<>();
        for (Choice choice : choices) {
            (choice.automatic() ? automatic : slots).add(choice);
        }
        for (Choice choice : automatic) {
            while (slots.size() < 2) {
                slots.add(Choice.emptySlot(""));
            }
            slots.add(choice);
        }
        Map<Exit, String> targets = new EnumMap<>(Exit.class);
        Map<Exit, String> labels = new EnumMap<>(Exit.class);
        Map<Exit, String> conditions = new EnumMap<>(Exit.class);
        List<Choice> extra = new ArrayList<>();
        Set<Exit> keptEmpty = EnumSet.noneOf(Exit.class);
        Exit[] order = Exit.values();
        for (int i = 0; i < slots.size(); i++) {
            Choice choice = slots.get(i);
            if (choice.isEmptySlot()) {
                if (i < order.length && !choice.source().isEmpty()) {
                    keptEmpty.add(order[i]);
                }
                continue;
            }
            if (i < order.length) {
                targets.put(order[i], choice.target());
                labels.put(order[i], choice.label());
                if (!choice.condition().isEmpty()) {
                    conditions.put(order[i], choice.condition());
                }
            } else {
                extra.add(choice);
            }
        }
        return new ExitSlots(targets, labels, extra, keptEmpty, conditions);
    }
}
