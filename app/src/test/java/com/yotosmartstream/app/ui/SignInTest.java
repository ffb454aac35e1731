package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.account.YotoAccount;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.app.task.FxTaskExecutor;
import com.yotosmartstream.client.sim.SimulatedHousehold;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in screen against the simulated cloud: the device code (pending, success, denial) and,
 * as the second way, this computer's browser.
 */
class SignInTest extends ShellTest {

    private final FxRobot robot = new FxRobot();
    private SimulatedHousehold cloud;
    private FxTaskExecutor executor;
    private SignInDialog dialog;

    @BeforeEach
    void openTheSignIn() throws Exception {
        cloud = SimulatedHousehold.start(Clock.systemUTC());
        cloud.addPlayer("own1", "Alice's player", "v3");
        cloud.auth().setPollInterval(Duration.ofMillis(100));
        executor = new FxTaskExecutor();
        shell.services.settings().put(YotoAccount.CALLBACK_PORT, 0); // any free port: the emulator accepts it
        robot.interact(() -> dialog = shell.window.showSignIn(cloud.config(), executor));
        // the step and message change last, after the code, the link and its QR code
        await(() -> !text("#signin-code").isEmpty() && text("#signin-status").startsWith("Waiting"), "the code");
    }

    @AfterEach
    void stop() {
        robot.interact(() -> dialog.stage().close());
        executor.close();
        cloud.close();
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    @Test
    void whilePendingTheCodeLinkQrCodeAndCountdownAreShown() {
        assertThat(text("#signin-code")).isEqualTo(cloud.auth().latestPendingUserCode().orElseThrow());
        assertThat(robot.lookup("#signin-link").queryLabeled().getText()).startsWith(cloud.cloud().baseUri().toString());
        assertThat(robot.lookup("#signin-qr").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(text("#signin-countdown")).startsWith("The code is valid for 4:");
        assertThat(text("#signin-status")).startsWith("Waiting");
    }

    @Test
    void anApprovedSignInOpensTheAccountsOwnPlayers() throws Exception {
        cloud.auth().approve(text("#signin-code"));

        await(() -> text("#signin-status").startsWith("Signed in"), "the sign-in");
        await(() -> shell.app.household().stateProperty().get() == HouseholdService.State.READY, "the players");
        assertThat(shell.app.household().connection().orElseThrow().demo()).isFalse();
        assertThat(shell.app.household().connection().orElseThrow().players()).extracting(p -> p.name())
                .containsExactly("Alice's player");
    }

    @Test
    void aDeniedSignInSaysSoAndOffersToTryAgain() throws Exception {
        cloud.auth().deny(text("#signin-code"));

        await(() -> text("#signin-status").toLowerCase().contains("denied")
                || text("#signin-status").toLowerCase().contains("refused"), "the denial");
        assertThat(robot.lookup("#signin-again").query().isVisible()).isTrue();
        assertThat(shell.app.household().connection()).isEmpty();
    }

    /** What the user's browser does: opens Yoto's page, which (consenting at once) sends it back to the app. */
    private static void browse(java.net.URI page) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        java.net.http.HttpResponse<String> shown = browser.send(java.net.http.HttpRequest.newBuilder(page).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(shown.body()).contains("Signed in");
    }

    @Test
    void theBrowserIsTheSecondWayToSignInAndOpensTheAccountsOwnPlayers() throws Exception {
        assertThat(robot.lookup("#signin-browser-note").query().isVisible()).isFalse();
        robot.clickOn("#signin-browser");

        await(() -> !shell.browsed.isEmpty(), "the browser to be asked to open Yoto's page");
        java.net.URI page = shell.browsed.get(0);
        assertThat(page.toString()).startsWith(cloud.cloud().baseUri() + "/authorize?")
                .contains("code_challenge_method=S256");
        assertThat(robot.lookup("#signin-browser-note").query().isVisible()).isTrue();
        assertThat(text("#signin-code")).as("the code of the first way is gone").isEmpty();
        assertThat(text("#signin-browser-note")).contains("http://127.0.0.1:8787/callback");
        browse(page);

        await(() -> text("#signin-status").startsWith("Signed in"), "the sign-in");
        await(() -> shell.app.household().stateProperty().get() == HouseholdService.State.READY, "the players");
        assertThat(shell.app.household().connection().orElseThrow().demo()).isFalse();
        assertThat(shell.app.household().connection().orElseThrow().players()).extracting(p -> p.name())
                .containsExactly("Alice's player");
    }

    @Test
    void fromTheBrowserTheUserCanGoBackToACodeAndSignInWithIt() throws Exception {
        robot.clickOn("#signin-browser");
        await(() -> !shell.browsed.isEmpty(), "the browser to be asked to open Yoto's page");
        robot.clickOn("#signin-use-code");
        await(() -> !text("#signin-code").isEmpty() && text("#signin-status").startsWith("Waiting"), "a new code");

        cloud.auth().approve(text("#signin-code"));

        await(() -> text("#signin-status").startsWith("Signed in"), "the sign-in");
        await(() -> shell.app.household().stateProperty().get() == HouseholdService.State.READY, "the players");
    }

    @Test
    void cancellingClosesTheDialogAndSignsNobodyIn() {
        robot.clickOn("#signin-cancel");

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(shell.app.household().connection()).isEmpty();
    }
}
