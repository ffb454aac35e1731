package com.yotosmartstream.story.edit;

import com.yotosmartstream.story.model.Story;
import com.yotosmartstream.story.model.StoryInfo;
import com.yotosmartstream.story.model.StoryNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command that records exactly what it changes: the nodes before and after (empty = absent) and
 * the story's info before and after. Applying puts the "after" side in place, reverting the
 * "before" side, so undo and redo restore exactly what was there, whatever the edit was. The card
 * the story was published as is left alone either way (ADR 0028).
 */
public final class StoryEdit implements StoryCommand {

    private final String description;
    private final Map<String, Optional<StoryNode>> before;
    private final Map<String, Optional<StoryNode>> after;
    private final StoryInfo infoBefore;
    private final StoryInfo infoAfter;
    private final String mergeKey;

    StoryEdit(String description, Map<String, Optional<StoryNode>> before, Map<String, Optional<StoryNode>> after,
            StoryInfo infoBefore, StoryInfo infoAfter, String mergeKey) {
        this.description = Objects.requireNonNull(description);
        this.before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        this.after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
        this.infoBefore = infoBefore;
        this.infoAfter = infoAfter;
        this.mergeKey = mergeKey;
    }

    /** Starts an edit of {@code story}. */
    public static Builder on(Story story, String description) {
        return new Builder(story, description);
    }

    @Override
    public String description() {
        return description;
    }

    /** True when applying it would change nothing. */
    public boolean isEmpty() {
        return before.equals(after) && Objects.equals(infoBefore, infoAfter);
    }

    /** The ids of the nodes this edit adds, changes or removes. */
    public java.util.Set<String> touchedIds() {
        return after.keySet();
    }

    @Override
    public Story apply(Story story) {
        return put(story, after, infoAfter);
    }

    @Override
    public Story revert(Story story) {
        return put(story, before, infoBefore);
    }

    /** Puts one side in place. The published card is the document's, not the edit's: it is kept as it is now. */
    private static Story put(Story story, Map<String, Optional<StoryNode>> nodes, StoryInfo info) {
        Story changed = nodes.isEmpty() ? story : story.withNodes(nodes);
        return info == null ? changed : changed.withInfo(info.withCard(story.info().card()));
    }

    @Override
    public Optional<String> mergeKey() {
        return Optional.ofNullable(mergeKey);
    }

    @Override
    public StoryCommand mergedWith(StoryCommand next) {
        if (!(next instanceof StoryEdit edit) || mergeKey == null || !mergeKey.equals(edit.mergeKey)) {
            throw new IllegalArgumentException("Only edits with the same merge key merge");
        }
        Map<String, Optional<StoryNode>> mergedBefore = new LinkedHashMap<>(before);
        edit.before.forEach(mergedBefore::putIfAbsent);
        Map<String, Optional<StoryNode>> mergedAfter = new LinkedHashMap<>(after);
        mergedAfter.putAll(edit.after);
        StoryInfo mergedInfoBefore = infoBefore != null ? infoBefore : edit.infoBefore;
        StoryInfo mergedInfoAfter = edit.infoAfter != null ? edit.infoAfter : infoAfter;
        return new StoryEdit(edit.description, mergedBefore, mergedAfter, mergedInfoBefore, mergedInfoAfter, mergeKey);
    }

    @Override
    public String toString() {
        return "StoryEdit[" + description + ", " + after.keySet() + "]";
    }

    /** Collects the changes of one edit against the story it starts from. */
    public static final class Builder {
        private final Story story;
        private final String description;
        private final Map<String, Optional<StoryNode>> before = new LinkedHashMap<>();
        private final Map<String, Optional<StoryNode>> after = new LinkedHashMap<>();
        private StoryInfo info;
        private String mergeKey;

        private Builder(Story story, String description) {
            this.story = story;
            this.description = description;
        }

        /** The node as this edit leaves it so far (changes made through the builder included). */
        public Optional<StoryNode> current(String id) {
            return after.containsKey(id) ? after.get(id) : story.node(id);
        }

        public Builder put(StoryNode node) {
            before.putIfAbsent(node.id(), story.node(node.id()));
            after.put(node.id(), Optional.of(node));
            return this;
        }

        public Builder remove(String id) {
            before.putIfAbsent(id, story.node(id));
            after.put(id, Optional.empty());
            return this;
        }

        public Builder info(StoryInfo value) {
            info = value;
            return this;
        }

        /** The info as this edit leaves it so far. */
        public StoryInfo currentInfo() {
            return info != null ? info : story.info();
        }

        public Builder mergeKey(String key) {
            mergeKey = key;
            return this;
        }

        public StoryEdit build() {
            Map<String, Optional<StoryNode>> b = new LinkedHashMap<>();
            Map<String, Optional<StoryNode>> a = new LinkedHashMap<>();
            after.forEach((id, node) -> {
                if (!node.equals(before.get(id))) {
                    b.put(id, before.get(id));
                    a.put(id, node);
                }
            });
            boolean infoChanged = info != null && !info.equals(story.info());
            return new StoryEdit(description, b, a, infoChanged ? story.info() : null, infoChanged ? info : null,
                    mergeKey);
        }
    }
}
