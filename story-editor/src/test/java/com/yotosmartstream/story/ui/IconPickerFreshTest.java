package com.yotosmartstream.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.story.StoryFixtures;
import com.yotosmartstream.story.library.IconLibrary;
import com.yotosmartstream.story.library.StoryIcon;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An icon saved elsewhere (the Icons page) reaches the node's icon picker at once, without a restart. */
@ExtendWith(ApplicationExtension.class)
class IconPickerFreshTest {

    private final List<StoryIcon> icons = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        icons.add(new StoryIcon("icon:1", "Moon", new int[256]));
        IconLibrary library = new IconLibrary() {
            @Override
            public List<StoryIcon> icons() {
                return List.copyOf(icons);
            }

            @Override
            public Optional<StoryIcon> icon(String ref) {
                return icons.stream().filter(i -> i.ref().equals(ref)).findFirst();
            }

            @Override
            public AutoCloseable onChange(Runnable listener) {
                listeners.add(listener);
                return () -> listeners.remove(listener);
            }
        };
        editor = new EditorFixture(stage, StoryFixtures.dragonsCave(), null, library);
    }

    private List<String> choices(FxRobot robot) {
        return robot.lookup("#icon-picker .icon-choice").queryAllAs(Button.class).stream()
                .map(b -> b.getTooltip().getText()).toList();
    }

    @Test
    void anIconSavedElsewhereShowsInThePickerAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> editor.viewModel.select("n1"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choices(robot).equals(List.of("Moon")));
        assertThat(listeners).as("the picker listens while it is shown").hasSize(1);

        icons.add(new StoryIcon("icon:2", "Rocket", new int[256]));
        java.util.concurrent.CompletableFuture.runAsync(() -> listeners.forEach(Runnable::run)).join(); // off the FX thread

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choices(robot).equals(List.of("Moon", "Rocket")));
    }
}
