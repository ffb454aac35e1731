package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The device-code sign-in screen against the simulated cloud: pending, success and denial. */
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
        robot.interact(() -> dialog = shell.window.showSignIn(cloud.config(), executor));
        await(() -> !text("#signin-code").isEmpty(), "the code");
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

    @Test
    void cancellingClosesTheDialogAndSignsNobodyIn() {
        robot.clickOn("#signin-cancel");

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(shell.app.household().connection()).isEmpty();
    }
}
