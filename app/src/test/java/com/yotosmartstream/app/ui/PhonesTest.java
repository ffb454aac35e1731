package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.streamer.StreamerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Phones: pairing a phone by its QR link, the list of phones, unpairing one (ADR 0069). */
class PhonesTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    protected String[] options() {
        return new String[] {"--page=settings"};
    }

    private void startServer() {
        shell.services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
        shell.services.settings().put(StreamerSettings.PORT, 0);
        assertThat(shell.services.streamer().start().running()).isTrue();
    }

    /** Scrolls the Settings page so the Phones section is in view. */
    private void showSection() {
        robot.interact(() -> {
            ScrollPane page = robot.lookup("#page-settings").queryAs(ScrollPane.class);
            Node section = robot.lookup("#settings-phones").query();
            double content = page.getContent().getBoundsInLocal().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            double y = section.getBoundsInParent().getMinY();
            page.setVvalue(Math.min(1, Math.max(0, y / Math.max(1, content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HttpResponse<String> post(String base, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String base, String path, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "yss_phone=" + secret)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPhonePairsByTheLinkInTheQrCodeIsListedAndIsRefusedOnceUnpaired() throws Exception {
        startServer();
        showSection();
        assertThat(robot.lookup("#phones-none").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#phones-pairing").query().isVisible()).isFalse();

        robot.clickOn("#phones-pair");
        String link = robot.lookup("#phones-link").queryAs(TextField.class).getText();
        assertThat(link).matches("http://127\\.0\\.0\\.1:\\d+/remote/pair#[A-Za-z0-9_-]{22}");
        assertThat(robot.lookup("#phones-qr").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#phones-link-note").queryAs(Label.class).getText()).contains("once, until");
        if (Boolean.getBoolean("app.screenshots")) {
            saveScreenshot(1280, 800, "-pairing");
        }

        String base = link.substring(0, link.indexOf("/remote"));
        String code = link.substring(link.indexOf('#') + 1);
        HttpResponse<String> paired = post(base, "/remote/api/pair", "{\"code\":\"" + code + "\",\"name\":\"Dad\"}");
        assertThat(paired.statusCode()).isEqualTo(200);
        String cookie = paired.headers().firstValue("Set-Cookie").orElseThrow();
        String secret = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        await(() -> robot.lookup(".phone-row").tryQuery().isPresent(), "the phone in the list");
        assertThat(robot.lookup(".phone-name").queryAs(Label.class).getText()).isEqualTo("Dad");
        assertThat(robot.lookup("#phones-pairing").query().isVisible()).as("the used code is gone").isFalse();
        assertThat(robot.lookup("#phones-paired-note").queryAs(Label.class).getText())
                .isEqualTo("Paired Dad. To add another phone, pair again.");
        assertThat(get(base, "/remote/api/players", secret).statusCode()).isEqualTo(200);
        if (Boolean.getBoolean("app.screenshots")) {
            saveScreenshot(1280, 800, "");
            saveScreenshot(1024, 700, "");
        }

        showSection();
        long id = shell.app.phones().phones().get(0).id();
        robot.clickOn("#phones-revoke-" + id);
        await(() -> robot.lookup(".phone-row").tryQuery().isEmpty(), "the phone to leave the list");
        assertThat(robot.lookup("#phones-none").queryAs(Label.class).isVisible()).isTrue();
        // no phone paired and no pairing open: the page is off again, for this phone as for any
        assertThat(get(base, "/remote/api/players", secret).statusCode()).isEqualTo(404);
    }

    @Test
    void withoutTheStreamingServerPairingSaysWhy() {
        shell.services.streamer().stop();
        showSection();
        robot.clickOn("#phones-pair");
        Label problem = robot.lookup("#phones-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("streaming server is not running");
        assertThat(shell.app.phones().linkProperty().get()).isEmpty();
    }

    @Test
    void allowingOtherNetworksIsSavedAsASetting() {
        showSection();
        CheckBox box = robot.lookup("#phones-any-network").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();
        robot.clickOn("#phones-any-network");
        assertThat(shell.services.settings().get(StreamerSettings.REMOTE_ANY_NETWORK)).isTrue();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    /** The window at this size, scrolled to the section, as target/screenshots/settings-phones-WxH[suffix].png. */
    private void saveScreenshot(int width, int height, String suffix) throws Exception {
        robot.interact(() -> {
            shell.stage.setWidth(width);
            shell.stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        showSection();
        AtomicReference<javafx.scene.image.WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(shell.stage.getScene().getRoot().snapshot(null, null)));
        javafx.scene.image.PixelReader pixels = shot.get().getPixelReader();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) shot.get().getWidth(),
                (int) shot.get().getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = Path.of("target", "screenshots", "settings-phones-" + width + "x" + height + suffix + ".png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
