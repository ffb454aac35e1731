package com.yotosmartstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.theme.ThemePreference;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansAnOrdinaryInteractiveRun() {
        LaunchOptions options = LaunchOptions.parse();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.unattended()).isFalse();
        assertThat(options.page()).isEmpty();
        assertThat(options.help()).isFalse();
    }

    @Test
    void everyOptionIsRead() {
        LaunchOptions options = LaunchOptions.parse("--data-dir=/tmp/d", "--smoke-test", "--screenshot=out/s.png",
                "--page=Icons", "--theme=dark", "--size=1024x700");
        assertThat(options.dataDir()).contains("/tmp/d");
        assertThat(options.smokeTest()).isTrue();
        assertThat(options.screenshot()).contains(Path.of("out/s.png"));
        assertThat(options.page()).contains(Page.ICONS);
        assertThat(options.theme()).contains(ThemePreference.DARK);
        assertThat(options.width()).isEqualTo(1024);
        assertThat(options.height()).isEqualTo(700);
        assertThat(options.unattended()).isTrue();
    }

    @Test
    void headlessRunsWithoutAWindowAndCannotBeCombinedWithOneThatNeedsIt() {
        assertThat(LaunchOptions.parse("--headless").headless()).isTrue();
        assertThat(LaunchOptions.parse().headless()).isFalse();
        assertThatThrownBy(() -> LaunchOptions.parse("--headless", "--smoke-test"))
                .hasMessageContaining("--headless runs without a window");
        assertThatThrownBy(() -> LaunchOptions.parse("--headless=yes")).hasMessageContaining("takes no value");
    }

    @Test
    void aRoutineRunsFromTheCommandLineWithoutAWindow() {
        assertThat(LaunchOptions.parse("--run-routine=Quiet morning").runRoutine()).contains("Quiet morning");
        assertThat(LaunchOptions.parse().runRoutine()).isEmpty();
        assertThatThrownBy(() -> LaunchOptions.parse("--run-routine")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--run-routine=Bedtime", "--headless"))
                .hasMessageContaining("--run-routine runs without a window");
    }

    @Test
    void theDataDirMayBeTheNextArgument() {
        assertThat(LaunchOptions.parse("--data-dir", "/srv/yoto").dataDir()).contains("/srv/yoto");
    }

    @ParameterizedTest(name = "{0} is refused with: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --frobnicate         | Unknown option '--frobnicate'
            --page=jukebox       | Unknown page 'jukebox' for --page. Use one of: dashboard, library
            --theme=purple       | Unknown theme 'purple'
            --size=big           | --size needs WIDTHxHEIGHT
            --size=10x10         | --size needs WIDTHxHEIGHT
            --screenshot         | --screenshot needs a value
            --data-dir           | --data-dir needs a value
            --smoke-test=yes     | --smoke-test takes no value
            """)
    void badOptionsAreRefusedWithAMessageSayingWhatIsWrong(String argument, String message) {
        assertThatThrownBy(() -> LaunchOptions.parse(argument))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theUsageNamesEveryOption() {
        assertThat(LaunchOptions.USAGE).contains("--data-dir", "--page", "--theme", "--size", "--screenshot",
                "--smoke-test", "--headless", "--help", "YOTO_SMART_STREAM_DATA");
    }

    @Test
    void demoModeStartsFourPlayersUnlessToldOtherwise() {
        assertThat(LaunchOptions.parse().demoPlayers()).isEqualTo(4);
        assertThat(LaunchOptions.parse("--demo-players=0").demoPlayers()).isZero();
        assertThat(LaunchOptions.parse("--demo-players=100").demoPlayers()).isEqualTo(100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--demo-players=101"))
                .hasMessageContaining("0 to 100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--demo-players=many"))
                .hasMessageContaining("--demo-players");
    }

    @Test
    void aScreenshotMayWaitForLiveDataUpToAMinute() {
        assertThat(LaunchOptions.parse("--screenshot=s.png", "--screenshot-delay=8").screenshotDelaySeconds())
                .isEqualTo(8);
        assertThat(LaunchOptions.parse().screenshotDelaySeconds()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("--screenshot-delay=61"))
                .hasMessageContaining("0 to 60");
    }

    @Test
    void aFileTheDesktopPassesOpensOnTheStoriesPage() {
        LaunchOptions path = LaunchOptions.parse("/home/a/Dragon.story.json");
        LaunchOptions uri = LaunchOptions.parse("--theme=dark", "file:///home/a/My%20Dragon.story.json");

        assertThat(path.openFile()).contains(Path.of("/home/a/Dragon.story.json"));
        assertThat(path.page()).contains(com.yotosmartstream.app.shell.Page.STORIES);
        assertThat(uri.openFile()).contains(Path.of("/home/a/My Dragon.story.json"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse("file:relative"))
                .hasMessageContaining("neither an option nor a file");
    }
}
