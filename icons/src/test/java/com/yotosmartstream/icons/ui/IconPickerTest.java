package com.yotosmartstream.icons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.picker.IconChoice;
import com.yotosmartstream.icons.picker.IconSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reusable picker with sources a page would pass in. */
@ExtendWith(ApplicationExtension.class)
class IconPickerTest {

    private final List<IconChoice> chosen = new ArrayList<>();
    private IconPicker picker;

    private static IconChoice choice(String name, String tag, int colour) {
        return new IconChoice(name, List.of(tag), IconImage.filled(colour), Optional.of("yoto:#" + name),
                OptionalLong.empty());
    }

    private static IconSource source(String title, List<IconChoice> icons) {
        return new IconSource() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public List<IconChoice> find(String query) {
                String q = query.strip().toLowerCase(Locale.ROOT);
                return icons.stream().filter(i -> i.name().toLowerCase(Locale.ROOT).contains(q)
                        || i.tags().stream().anyMatch(t -> t.contains(q))).toList();
            }
        };
    }

    @Start
    void start(Stage stage) {
        IconSource mine = source("My icons", List.of(choice("Rocket", "space", 0xffff0000),
                choice("Moon", "night", 0xffffff00), choice("Cat", "animals", 0xff000000)));
        IconSource broken = new IconSource() {
            @Override
            public String title() {
                return "Broken";
            }

            @Override
            public List<IconChoice> find(String query) throws Exception {
                throw new java.io.IOException("no network");
            }
        };
        picker = new IconPicker(new CurrentThreadTaskExecutor(), List.of(mine, broken));
        picker.setOnChoose(chosen::add);
        stage.setScene(new Scene(new VBox(picker), 500, 400));
        stage.show();
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup(".icon-tile").queryAll().stream().map(tile -> ((Label) ((VBox) tile).getChildren().get(1))
                .getText()).toList();
    }

    @Test
    void searchFiltersByNameOrTagAndADoubleClickChooses(FxRobot robot) {
        assertThat(shown(robot)).containsExactly("Rocket", "Moon", "Cat");

        robot.clickOn("#picker-search").write("night");
        assertThat(shown(robot)).containsExactly("Moon");

        Node moon = robot.lookup(".icon-tile").query();
        robot.clickOn(moon);
        assertThat(picker.selectedProperty().get().name()).isEqualTo("Moon");
        assertThat(chosen).isEmpty();
        robot.doubleClickOn(moon);
        assertThat(chosen).extracting(IconChoice::reference).containsExactly(Optional.of("yoto:#Moon"));

        robot.clickOn("#picker-search").write("zzz");
        assertThat(robot.lookup("#picker-status").queryAs(Label.class).getText()).isEqualTo("No icons match.");
    }

    @Test
    void aSourceThatFailsSaysSoInsteadOfShowingNothing(FxRobot robot) {
        robot.interact(() -> picker.sourceProperty().set(picker.sources().get(1)));

        assertThat(shown(robot)).isEmpty();
        assertThat(robot.lookup("#picker-status").queryAs(Label.class).getText())
                .isEqualTo("Broken could not be listed: no network");
    }
}
