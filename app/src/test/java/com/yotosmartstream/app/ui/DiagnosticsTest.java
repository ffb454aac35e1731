package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.household.DemoHousehold;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.mqtt.Command;
import com.yotosmartstream.client.mqtt.CommandResult;
import com.yotosmartstream.client.mqtt.MqttOptions;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import com.yotosmartstream.client.traffic.TrafficFormat;
import com.yotosmartstream.client.traffic.TrafficLine;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Diagnostics recording a simulated household's traffic through the real client. */
class DiagnosticsTest extends ShellTest {

    private static final String BEDROOM = "diagY23IBS76kCaOSrGlz";
    private static final String KITCHEN = "diagbX9c2kQ7pLm4Qw81";

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold household;

    @Override
    protected String[] options() {
        return new String[] {"--page=settings"};
    }

    @BeforeEach
    void connectToASimulatedHousehold() throws Exception {
        household = SimulatedHousehold.start(Clock.systemUTC());
        household.addPlayer(BEDROOM, "Emma's room", "mini");
        household.addPlayer(KITCHEN, "Kitchen", "v3");
        robot.interact(() -> shell.app.household().start(() -> DemoHousehold.connect(household,
                dataDir.resolve("diagnostics-tokens.json"), Clock.systemUTC(), MqttOptions.defaults())));
        await(() -> shell.app.household().stateProperty().get() == HouseholdService.State.READY, "the household");
        // the section is below the fold of the Settings page
        robot.interact(() -> robot.lookup("#page-settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    }

    @AfterEach
    void stopHousehold() {
        household.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean disabled(String query) {
        return robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    @Test
    void beforeRecordingOnlyStartIsOfferedWithTheNoteOnSharing() {
        assertThat(text("#settings-record-summary")).isEqualTo("Not recording.");
        assertThat(disabled("#settings-record-start")).isFalse();
        assertThat(disabled("#settings-record-stop")).isTrue();
        assertThat(disabled("#settings-record-open")).isTrue();
        assertThat(text("#settings-record-note")).contains("tokens", "e-mail", "DEVICE_1", "Wi-Fi", "serial",
                "attach the file to an issue");
    }

    @Test
    void aRecordingHoldsTheHouseholdsTrafficRedactedAndReadsBackAsTraffic() throws Exception {
        robot.clickOn("#settings-record-start");
        await(() -> text("#settings-record-summary").startsWith("Recording: ") && !text("#settings-record-summary")
                .startsWith("Recording: 0 "), "the first messages");
        assertThat(disabled("#settings-record-start")).isTrue();
        var connection = shell.app.household().connection().orElseThrow();
        assertThat(connection.send(BEDROOM, Command.volume(40)).get(10, TimeUnit.SECONDS)).isEqualTo(CommandResult.OK);

        if (Boolean.getBoolean("app.screenshots")) {
            saveScreenshot(1024, 700, "-recording");
        }
        robot.clickOn("#settings-record-stop");
        await(() -> text("#settings-record-summary").startsWith("Recorded "), "the recording to end");

        TextField shown = robot.lookup("#settings-record-file").queryAs(TextField.class);
        assertThat(shown.getText()).matches("traffic-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.jsonl");
        Path file = dataDir.resolve("diagnostics").resolve(shown.getText());
        assertThat(shown.getTooltip().getText()).isEqualTo(file.toString());
        String content = Files.readString(file);
        List<TrafficLine> lines;
        try (Reader in = Files.newBufferedReader(file)) {
            lines = TrafficFormat.readAll(in);
        }
        assertThat(text("#settings-record-summary")).startsWith("Recorded " + lines.size() + " messages, ");
        assertThat(content).doesNotContain(BEDROOM, KITCHEN, "Emma's room");
        assertThat(lines).allSatisfy(l -> assertThat(l.source()).startsWith("recorded: Yoto Smart Stream "));
        assertThat(lines).anySatisfy(l -> assertThat(l.topic()).matches("device/DEVICE_\\d/command/volume/set"));
        assertThat(lines).anySatisfy(l -> assertThat(l.topic()).matches("device/DEVICE_\\d/data/status"));
        assertThat(disabled("#settings-record-start")).isFalse();

        robot.clickOn("#settings-record-open");
        assertThat(shell.opened).containsExactly(dataDir.resolve("diagnostics"));
        if (Boolean.getBoolean("app.screenshots")) {
            saveScreenshot(1280, 800, "");
            saveScreenshot(1024, 700, "");
        }
    }

    /** The window at this size, scrolled to the section, as target/screenshots/settings-diagnostics-WxH[suffix].png. */
    private void saveScreenshot(int width, int height, String suffix) throws Exception {
        robot.interact(() -> {
            shell.stage.setWidth(width);
            shell.stage.setHeight(height);
        });
        robot.interact(() -> robot.lookup("#page-settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(shell.stage.getScene().getRoot().snapshot(null, null)));
        javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of("target", "screenshots", "settings-diagnostics-" + width + "x" + height + suffix
                + ".png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
