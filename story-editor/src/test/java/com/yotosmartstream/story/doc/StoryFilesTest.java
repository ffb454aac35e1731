package com.yotosmartstream.story.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.edit.Edits;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFilesTest {

    @TempDir
    Path temp;

    @Test
    void aSavedStoryOpensAgainAndNoTemporaryFileIsLeft() throws Exception {
        Path file = temp.resolve("cave" + StoryFiles.EXTENSION);
        StoryFiles.save(file, StoryFixtures.dragonsCave());
        StoryFiles.save(file, StoryFixtures.dragonsCave().withInfo(StoryFixtures.dragonsCave().info().withTitle("Again")));

        assertThat(StoryFiles.open(file).story().title()).isEqualTo("Again");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAMessage() throws Exception {
        Path file = temp.resolve("latin1.twee");
        Files.write(file, new byte[] {':', ':', ' ', (byte) 0xE9, (byte) 0xFF});

        assertThatThrownBy(() -> StoryFiles.open(file)).isInstanceOf(StoryFormatException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aMissingFileSaysItWasMovedOrDeleted() {
        assertThatThrownBy(() -> StoryFiles.open(temp.resolve("gone.story.json")))
                .isInstanceOf(StoryFormatException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path file = temp.resolve("bom.story.json");
        byte[] json = StoryJson.write(StoryFixtures.dragonsCave()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);

        assertThat(StoryFiles.open(file).story()).isEqualTo(StoryFixtures.dragonsCave());
    }

    @Test
    void theAutosaverCopiesUnsavedChangesAndTheCopyIsFoundAfterACrash() {
        RecoveryStore store = new RecoveryStore(temp.resolve("recovery"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
        Autosaver autosaver = new Autosaver(store, Runnable::run, clock);
        StoryDocument document = new StoryDocument(StoryFixtures.dragonsCave());
        Path file = temp.resolve("cave.story.json");

        assertThat(autosaver.tick(document, () -> Optional.of(file))).as("nothing to copy while clean").isFalse();
        document.execute(Edits.setTitle(document.story(), "n1", "Fork in the road"));
        assertThat(autosaver.tick(document, () -> Optional.of(file))).isTrue();
        assertThat(autosaver.tick(document, () -> Optional.of(file))).as("no change since the copy").isFalse();

        // the app is killed here; at the next start:
        List<RecoveryStore.Recovered> found = new RecoveryStore(temp.resolve("recovery")).list();
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.story()).isEqualTo(document.story());
            assertThat(r.file()).contains(file);
            assertThat(r.savedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void savingRemovesTheRecoveryCopy() {
        RecoveryStore store = new RecoveryStore(temp.resolve("recovery"));
        Autosaver autosaver = new Autosaver(store, Runnable::run, Clock.systemUTC());
        StoryDocument document = new StoryDocument(Story.empty("New"));
        document.execute(Edits.setInfo(document.story(), "title", i -> i.withTitle("Newer")));
        autosaver.tick(document, Optional::empty);
        assertThat(store.list()).hasSize(1);

        document.markSaved();
        autosaver.tick(document, Optional::empty);

        assertThat(store.list()).isEmpty();
    }

    @Test
    void anUnreadableRecoveryCopyIsSkippedAndTheOthersAreListed() throws Exception {
        RecoveryStore store = new RecoveryStore(temp);
        Files.writeString(temp.resolve("broken.recovery.json"), "{ not json");
        store.save("good-one", Optional.empty(), StoryFixtures.dragonsCave(), Instant.EPOCH);

        assertThat(store.list()).extracting(RecoveryStore.Recovered::key).containsExactly("good-one");
    }

    @Test
    void recoveryKeysCannotReachOutsideTheFolder() {
        RecoveryStore store = new RecoveryStore(temp);

        assertThatThrownBy(() -> store.save("../escape", Optional.empty(), Story.empty("x"), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
