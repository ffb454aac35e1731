package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.dashboard.PlayerTileViewModel;
import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.mqtt.Volume;
import com.yotosmartstream.client.player.PlaybackStatus;
import com.yotosmartstream.client.sim.VirtualPlayer;
import com.yotosmartstream.streamer.StreamerSettings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The remote page in a real browser (ADR 0070): Debian's headless Chromium, driven by Selenium, on
 * the app's own streaming server, with four virtual players through the real client. Pairs by the
 * link Settings > Phones shows, changes a volume, starts a chapter and sets a sleep timer, and
 * watches the virtual player obey and both the page and the dashboard show its report; then
 * unpairs the phone from Settings. Skipped (not failed) only where Chromium is not installed.
 * Screenshots at 390x844, light and dark: {@code app/target/screenshots/remote-390x844-*.png}.
 */
class RemotePageBrowserTest extends ShellTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private final FxRobot robot = new FxRobot();
    private RemoteHousehold4 home;
    private ChromeDriver browser;

    @Override
    protected String[] options() {
        return new String[] {"--page=settings"};
    }

    @BeforeEach
    void startEverything() throws Exception {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "Chromium is not installed here ("
                + CHROMIUM + ", " + DRIVER + "): install the Debian packages chromium and chromium-driver (.ci/run"
                + " does) to run the remote page in a real browser.");
        home = new RemoteHousehold4();
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(home.household,
                dataDir.resolve("remote-tokens.json"), Clock.systemUTC(), MqttOptions.defaults())));
        await(() -> shell.app.household().stateProperty().get() == HouseholdService.State.READY, "the household");
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        shell.services.settings().put(StreamerSettings.PORT, 0);
        assertThat(shell.services.streamer().start().running()).isTrue();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844,
                "pixelRatio", 2.0), "userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"
                + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterEach
    void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        if (home != null) {
            home.household.close();
        }
    }

    @Test
    void aPairedPhoneSeesFourPlayersCommandsThemAndIsStoppedByUnpairing() throws Exception {
        // Settings > Phones shows the link; the phone opens it and pairs
        robot.interact(() -> shell.app.phones().pair());
        String link = shell.app.phones().linkProperty().get();
        assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/remote/pair#[A-Za-z0-9_-]{22}");
        browser.get(link);
        assertThat(browser.getCurrentUrl()).doesNotContain("#"); // the code leaves the address bar at once
        browser.findElement(By.id("phone-name")).sendKeys("Mum's phone");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "remote-390x844-pair.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("pair")).click();
        waitFor(() -> browser.findElements(By.cssSelector(".player")).size() == 4, "four player cards");
        waitFor(() -> text(By.id("connection")).contains("Live"), "the live stream");
        assertThat(browser.findElements(By.cssSelector(".player .name")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder(RemoteHousehold4.NAMES);
        assertThat(shell.app.phones().phones()).singleElement().satisfies(row ->
                assertThat(row.name()).isEqualTo("Mum's phone"));
        // the cookie is the browser's alone: no script can read it
        assertThat(browser.executeScript("return document.cookie")).isEqualTo("");

        VirtualPlayer bedroom = home.players.get(0);
        WebElement card = playerCard("Bedroom");
        // volume: the virtual player obeys, and the page shows the player's report
        browser.executeScript("arguments[0].value = 12; arguments[0].dispatchEvent(new Event('change'))",
                card.findElement(By.cssSelector(".volume-slider")));
        waitFor(() -> bedroom.volumeStep() == 12, "the player's volume");
        waitFor(() -> card.findElement(By.cssSelector(".volume-value")).getText().equals("12/16"),
                "the page showing the volume");
        try {
            waitFor(() -> card.findElement(By.cssSelector(".command")).getAttribute("data-state").equals("done"),
                    "the command shown as done");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page shows: " + card.findElement(By.cssSelector(
                    ".commands")).getAttribute("outerHTML") + "; tile: " + shell.app.dashboard().viewModel().tiles()
                    .get(0).feedbackTextProperty().get(), e);
        }
        assertThat(card.findElement(By.cssSelector(".command")).getText()).contains("Volume 12/16: done");

        // a chapter of the bedtime card
        choose(card.findElement(By.cssSelector(".card-choice")), "Bedtime stories");
        waitFor(() -> card.findElement(By.cssSelector(".chapter-choice")).isDisplayed(), "the chapters");
        choose(card.findElement(By.cssSelector(".chapter-choice")), "Counting clouds");
        card.findElement(By.cssSelector(".play-card")).click();
        waitFor(() -> bedroom.playback() == PlaybackStatus.PLAYING && bedroom.chapterKey().orElse("").equals("03"),
                "the player playing chapter 3");
        waitFor(() -> card.findElement(By.cssSelector(".card-title")).getText().equals("Bedtime stories")
                && card.findElement(By.cssSelector(".chapter")).getText().contains("Counting clouds"),
                "the page showing what plays");

        // a 20-minute sleep timer
        card.findElement(By.cssSelector(".sleep button[data-minutes='20']")).click();
        waitFor(() -> card.findElement(By.cssSelector(".sleep-text")).getText().matches("· stops in (20:00|19:\\d\\d)"),
                "the page showing the sleep timer");

        // the dashboard shows the same
        PlayerTileViewModel tile = shell.app.dashboard().viewModel().tiles().stream()
                .filter(t -> t.name().equals("Bedroom")).findFirst().orElseThrow();
        waitFor(() -> tile.volumeStepProperty().get() == 12 && tile.cardTitleProperty().get().equals("Bedtime stories")
                && tile.sleepTimerTextProperty().get().startsWith("sleep in "), "the dashboard's tile");

        // and a change made on the dashboard shows on the phone from the player's report
        robot.interact(() -> tile.setVolume(Volume.percentFor(5)));
        waitFor(() -> bedroom.volumeStep() == 5 && card.findElement(By.cssSelector(".volume-value")).getText()
                .equals("5/16"), "the page showing the dashboard's volume");

        // a routine from the phone: it runs through the dashboard's Routines and says how it ended
        waitFor(() -> !browser.findElements(By.cssSelector("#routines button[data-routine='Quiet morning']")).isEmpty(),
                "the household's routines on the page");
        browser.findElement(By.cssSelector("#routines button[data-routine='Quiet morning']")).click();
        // the household's Mini has no night light, so one step fails and the run reads as failed
        waitFor(() -> "failed".equals(browser.findElement(By.id("routine-result")).getAttribute("data-state")),
                "the routine's report on the page");
        assertThat(text(By.id("routine-result"))).startsWith("Quiet morning").contains("1 failed");
        String onDashboard = shell.app.routines().viewModel().statusProperty().get();
        assertThat(text(By.id("routine-result"))).isEqualTo(onDashboard);

        screenshot("light");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertThat(browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
        screenshot("dark");

        // the server goes away (the app restarts it): the page says so, then reconnects by itself
        shell.services.streamer().stop();
        waitFor(() -> text(By.id("connection")).startsWith("Connection lost"), "the page to say the link is lost");
        assertThat(shell.services.streamer().start().running()).isTrue();
        waitFor(() -> text(By.id("connection")).equals("Live"), "the page to reconnect");
        assertThat(browser.findElements(By.cssSelector(".player"))).hasSize(4);

        // unpairing in Settings stops the phone at once: its stream closes and it says so
        long id = shell.app.phones().phones().get(0).id();
        robot.interact(() -> robot.lookup("#phones-revoke-" + id).queryAs(Button.class).fire());
        waitFor(() -> text(By.id("connection")).equals("Not paired"), "the page to say it is unpaired");
        assertThat(browser.findElements(By.cssSelector(".player"))).isEmpty();
        assertThat(shell.app.phones().phones()).isEmpty();
    }

    private WebElement playerCard(String name) {
        return browser.findElements(By.cssSelector(".player")).stream()
                .filter(card -> card.findElement(By.cssSelector(".name")).getText().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Picks an option of a select by its text, as a tap would. */
    private static void choose(WebElement select, String option) throws Exception {
        waitFor(() -> select.findElements(By.tagName("option")).stream().anyMatch(o -> o.getText().equals(option)),
                "the option " + option);
        select.findElements(By.tagName("option")).stream().filter(o -> o.getText().equals(option)).findFirst()
                .orElseThrow().click();
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private void screenshot(String theme) throws Exception {
        Path file = Path.of("target", "screenshots", "remote-390x844-" + theme + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        Files.write(Path.of("target", "screenshots", "remote-390x844-" + theme + "-end.png"),
                browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("window.scrollTo(0, 0)");
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException e) {
                    return false; // an element replaced meanwhile: look again
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        waitFor(condition, what);
    }
}
