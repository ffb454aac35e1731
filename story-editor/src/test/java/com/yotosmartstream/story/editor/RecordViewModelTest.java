package com.yotosmartstream.story.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.story.FakeLibrary;
import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.edit.StoryDocument;
import com.yotosmartstream.story.model.AudioRef;
import com.yotosmartstream.story.record.FedMicrophones;
import com.yotosmartstream.story.record.Loudness;
import com.yotosmartstream.story.record.Microphones;
import com.yotosmartstream.story.record.Pcm;
import com.yotosmartstream.story.record.TakeRecorder;
import com.yotosmartstream.story.record.Tones;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Takes per node, one kept into the library and attached as one undoable edit; refusals said, nothing stopped. */
class RecordViewModelTest {

    @TempDir
    Path folder;

    private final FakeLibrary library = FakeLibrary.serving("https://pc.local").withLoudnessTarget(-18);
    private final StoryEditorViewModel editor = new StoryEditorViewModel(
            new StoryDocument(StoryFixtures.dragonsCaveToRecord()), library, com.yotosmartstream.story.library.IconLibrary.none("none"));

    private RecordViewModel model(Microphones microphones) {
        return new RecordViewModel(editor, new TakeRecorder(microphones, folder), new CurrentThreadTaskExecutor(),
                Runnable::run);
    }

    @Test
    void takesAreRecordedPerNodeAndTheKeptOneBecomesTheNodesAudioUntilUndone() throws Exception {
        FedMicrophones mic = FedMicrophones.one();
        RecordViewModel model = model(mic);
        model.findMicrophones();
        assertThat(model.microphones()).containsExactly("Test microphone");
        assertThat(model.microphoneProperty().get()).isEqualTo("Test microphone");
        assertThat(model.progressProperty().get()).isEqualTo("1 of 4 nodes recorded");

        editor.select("n1");
        assertThat(model.prompterProperty().get()).isEqualTo("You stand at a fork. Left to the cave, right to the forest.");
        model.record();
        assertThat(model.recordingProperty().get()).isTrue();
        mic.feed(Tones.take());
        assertThat(model.levelProperty().get()).isGreaterThan(0);
        model.stop();
        model.record();
        mic.feed(Tones.toneInHiss(44_100, 0.5, 1, 0.5, -20, -62));
        model.stop();
        assertThat(model.recordingProperty().get()).isFalse();
        assertThat(model.takes()).extracting(r -> r.take().number()).containsExactly(1, 2);
        assertThat(model.takes().get(0).take().seconds()).isCloseTo(5.0, within(0.01));

        editor.select("n2");
        assertThat(model.takes()).isEmpty();
        editor.select("n1");
        model.keep(model.takes().get(0).take());

        AudioRef audio = editor.story().node("n1").orElseThrow().audio().orElseThrow();
        assertThat(audio.trackId()).isEqualTo("recording-1");
        assertThat(audio.seconds()).isCloseTo(2.5, within(0.06));
        Pcm.Sound given = Pcm.readWav(library.recordings().get(0));
        assertThat(Loudness.integrated(given)).isCloseTo(-18, within(1.0));
        assertThat(model.takes()).extracting(RecordViewModel.TakeRow::kept).containsExactly(true, false);
        assertThat(model.progressProperty().get()).isEqualTo("2 of 4 nodes recorded");
        assertThat(editor.undoRedo().undoTextProperty().get()).contains("Set audio");

        editor.undo();
        assertThat(editor.story().node("n1").orElseThrow().audio()).isEmpty();
        assertThat(model.takes()).extracting(RecordViewModel.TakeRow::kept).containsExactly(false, false);
        assertThat(model.progressProperty().get()).isEqualTo("1 of 4 nodes recorded");
        editor.redo();
        assertThat(model.takes()).extracting(RecordViewModel.TakeRow::kept).containsExactly(true, false);
    }

    @Test
    void nextSelectsTheNextNodeWithoutAudio() {
        RecordViewModel model = model(FedMicrophones.one());
        editor.select("n2");
        assertThat(model.next()).contains("n4");
        assertThat(editor.focusedProperty().get()).isEqualTo("n4");
        assertThat(model.titleProperty().get()).isEqualTo("Treasure");
    }

    @Test
    void noMicrophoneIsSaidAndTheEditorGoesOn() {
        RecordViewModel model = model(FedMicrophones.none());
        model.findMicrophones();
        assertThat(model.messageProperty().get()).isEqualTo(Microphones.NONE_FOUND);
        editor.select("n1");
        model.record();
        assertThat(model.recordingProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("No microphone was found");
        editor.setAudio(List.of("n1"), library.add("rain", "Rain", 9).track("rain").orElseThrow());
        assertThat(editor.story().node("n1").orElseThrow().audio()).isPresent();
    }

    @Test
    void aMicrophoneUnpluggedMidTakeKeepsWhatWasHeardAndSaysSo() {
        FedMicrophones mic = FedMicrophones.one();
        RecordViewModel model = model(mic);
        editor.select("n1");
        model.record();
        mic.feed(Tones.take());
        mic.unplug();
        assertThat(model.recordingProperty().get()).isFalse();
        assertThat(model.takes()).hasSize(1);
        assertThat(model.messageProperty().get()).contains("unplugged").contains("Take 1 recorded");
    }

    @Test
    void recordingWithNoNodeSelectedSaysWhatToDo() {
        FedMicrophones mic = FedMicrophones.one();
        RecordViewModel model = model(mic);
        model.record();
        assertThat(mic.starts()).isZero();
        assertThat(model.messageProperty().get()).contains("Select a node");
    }

    @Test
    void aLibraryThatCannotTakeTheRecordingLeavesTheNodeAsItWas() {
        library.refusingRecordings();
        FedMicrophones mic = FedMicrophones.one();
        RecordViewModel model = model(mic);
        editor.select("n1");
        model.record();
        mic.feed(Tones.take());
        model.stop();
        model.keep(model.takes().get(0).take());
        assertThat(editor.story().node("n1").orElseThrow().audio()).isEmpty();
        assertThat(editor.undoRedo().canUndoProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("library could not take");
    }
}
