package com.yotosmartstream.story.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.model.Story;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording through the capture seam: frames gathered into a take, levels heard, refusals said. */
class TakeRecorderTest {

    @TempDir
    Path folder;

    @Test
    void framesFedWhileRecordingBecomeTheTakeWithTheirLevels() throws Exception {
        FedMicrophones mic = FedMicrophones.one();
        TakeRecorder recorder = new TakeRecorder(mic, folder);
        List<Double> levels = new ArrayList<>();

        recorder.start("Test microphone", levels::add, problem -> { });
        mic.feed(Tones.take());
        Pcm.Sound heard = recorder.stop().orElseThrow();

        assertThat(mic.capturing()).isFalse();
        assertThat(heard.samples()).isEqualTo(Tones.take());
        assertThat(levels).hasSize(100); // 5 s in 50 ms chunks
        assertThat(levels.get(0)).isLessThan(-45); // the room
        assertThat(levels.get(40)).isCloseTo(-30, within(1.0)); // the words
        Take take = recorder.save("n 1/..", 1, heard);
        assertThat(take.file().getParent()).isEqualTo(folder);
        assertThat(take.file().getFileName().toString()).startsWith("take-n_1___-1-");
        assertThat(take.seconds()).isCloseTo(5.0, within(0.001));
        assertThat(Pcm.readWav(take.file()).samples()).isEqualTo(Tones.take());
    }

    @Test
    void aStopWithNothingHeardGivesNoTake() throws Exception {
        TakeRecorder recorder = new TakeRecorder(FedMicrophones.one(), folder);
        recorder.start("Test microphone", l -> { }, p -> { });
        assertThat(recorder.stop()).isEmpty();
        assertThat(recorder.stop()).isEmpty();
    }

    @Test
    void theNextTakeStartsEmpty() throws Exception {
        FedMicrophones mic = FedMicrophones.one();
        TakeRecorder recorder = new TakeRecorder(mic, folder);
        recorder.start("Test microphone", l -> { }, p -> { });
        mic.feed(Tones.take());
        recorder.stop();
        recorder.start("Test microphone", l -> { }, p -> { });
        mic.feed(new short[4410]);
        assertThat(recorder.stop().orElseThrow().samples()).hasSize(4410);
    }

    @Test
    void aRefusedMicrophoneSaysWhatToDoAndLeavesTheRecorderReady() throws Exception {
        FedMicrophones mic = FedMicrophones.one().refusing(JavaSoundMicrophones.BUSY);
        TakeRecorder recorder = new TakeRecorder(mic, folder);
        assertThatThrownBy(() -> recorder.start("Test microphone", l -> { }, p -> { }))
                .isInstanceOf(CaptureException.class).hasMessageContaining("another program");
        assertThat(recorder.recording()).isFalse();
    }

    @Test
    void aMicrophoneThatIsGoneIsRefusedByJavaSoundWithWhatToDo() {
        JavaSoundMicrophones real = new JavaSoundMicrophones(Runnable::run);
        assertThatThrownBy(() -> real.start("A microphone unplugged last week", PcmFormat.SPEECH, null))
                .isInstanceOf(CaptureException.class).hasMessageContaining("Choose another");
    }

    @Test
    void theStorySaysHowManyNodesAreRecordedAndWhichIsNext() {
        Story story = StoryFixtures.dragonsCaveToRecord();
        assertThat(RecordingProgress.summary(story)).isEqualTo("1 of 4 nodes recorded");
        assertThat(RecordingProgress.nextWithoutAudio(story, null)).contains("n1");
        assertThat(RecordingProgress.nextWithoutAudio(story, "n2")).contains("n4"); // n3 has audio
        assertThat(RecordingProgress.nextWithoutAudio(story, "n4")).contains("n1"); // round to the start
        assertThat(RecordingProgress.nextWithoutAudio(StoryFixtures.dragonsCave(), "n1")).isEmpty();
    }
}
