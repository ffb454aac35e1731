package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: "Recent in dark mode has no white border". The Stories toolbar's Recent menu, once it
 * holds stories, is drawn exactly as the buttons beside it in the dark theme: no border of its own,
 * the same background layers.
 */
class RecentInDarkThemeTest extends ShellTest {

    @Override
    protected String[] options() {
        return new String[] {"--theme=dark", "--page=stories", "--size=1024x700"};
    }

    @Test
    void recentWithStoriesLooksLikeItsNeighboursInTheDarkTheme(FxRobot robot) {
        MenuButton recent = robot.lookup("#story-recent").queryAs(MenuButton.class);
        robot.interact(() -> {
            recent.getItems().add(new MenuItem("bedtime.story.json"));
            recent.setDisable(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button open = robot.lookup("#story-open").queryAs(Button.class);

        robot.interact(() -> {
            assertThat(recent.getBorder() == null || recent.getBorder().isEmpty()).as("Recent has no border").isTrue();
            assertThat(fills(recent)).isNotEmpty().isEqualTo(fills(open));
        });
    }

    private static List<String> fills(Region region) {
        return region.getBackground() == null ? List.of()
                : region.getBackground().getFills().stream().map(fill -> String.valueOf(fill.getFill())).toList();
    }
}
