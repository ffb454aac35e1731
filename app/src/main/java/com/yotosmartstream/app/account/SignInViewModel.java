package com.yotosmartstream.app.account;

import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.DeviceAuthorization;
import com.yotosmartstream.client.auth.DeviceCodeSignIn;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.SignInFailedException;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.core.task.TaskHandle;
import com.yotosmartstream.core.text.Durations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The device-code sign-in as the dialog shows it: the code to type, where, how long it stays
 * valid, and how it ended. Polling runs in the background and can be cancelled.
 */
public final class SignInViewModel {

    /** Where the sign-in is. */
    public enum Step { IDLE, ASKING, WAITING, SIGNED_IN, FAILED, CANCELLED }

    private final YotoConfig config;
    private final Path tokenFile;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<TokenManager> signedIn;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final StringProperty userCode = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty linkComplete = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private Instant expiresAt;
    private TaskHandle running;
    private volatile boolean cancelled;

    /**
     * @param signedIn told, on the executor's reporting thread, of the signed-in token manager
     */
    public SignInViewModel(YotoConfig config, Path tokenFile, TaskExecutor executor, Clock clock, Sleeper sleeper,
            Consumer<TokenManager> signedIn) {
        this.config = config;
        this.tokenFile = tokenFile;
        this.executor = executor;
        this.clock = clock;
        this.sleeper = sleeper;
        this.signedIn = signedIn;
    }

    public void start() {
        cancelled = false;
        step.set(Step.ASKING);
        message.set("Asking Yoto for a sign-in code…");
        HttpClient http = HttpClient.create();
        OAuthClient oauth = new OAuthClient(config, http, clock);
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
        TokenManager tokens = new TokenManager(oauth, new TokenStore(tokenFile), clock, TokenManager.DEFAULT_MARGIN);
        executor.submit(BackgroundTask.of("Asking Yoto for a sign-in code", context -> signIn.start())
                .onSuccess(authorization -> await(signIn, tokens, authorization))
                .onFailure(this::failed));
    }

    private void await(DeviceCodeSignIn signIn, TokenManager tokens, DeviceAuthorization authorization) {
        if (cancelled) {
            step.set(Step.CANCELLED);
            return;
        }
        userCode.set(authorization.userCode());
        link.set(authorization.verificationUri().toString());
        linkComplete.set(authorization.verificationUriComplete().toString());
        expiresAt = authorization.expiresAt();
        step.set(Step.WAITING);
        message.set("Waiting for you to confirm the code on Yoto's page…");
        tick(clock.instant());
        running = executor.submit(BackgroundTask.of("Waiting for the sign-in to be confirmed", context -> {
            tokens.signedIn(signIn.awaitTokens(authorization, () -> cancelled || context.isCancelled()));
            return tokens;
        }).onSuccess(manager -> {
            step.set(Step.SIGNED_IN);
            message.set("Signed in. Your players will appear on the dashboard.");
            signedIn.accept(manager);
        }).onFailure(this::failed).onCancelled(() -> step.set(Step.CANCELLED)));
    }

    private void failed(Throwable error) {
        if (error instanceof SignInFailedException failure && failure.reason() == SignInFailedException.Reason.CANCELLED) {
            step.set(Step.CANCELLED);
            message.set("Sign-in cancelled.");
            return;
        }
        step.set(Step.FAILED);
        message.set(error.getMessage() == null ? "The sign-in failed: " + error : error.getMessage());
    }

    public void cancel() {
        cancelled = true;
        if (running != null) {
            running.cancel();
        }
        if (step.get() == Step.ASKING || step.get() == Step.WAITING) {
            step.set(Step.CANCELLED);
            message.set("Sign-in cancelled.");
        }
    }

    /** Updates the countdown (call every second while the dialog is open). */
    public void tick(Instant now) {
        if (expiresAt == null || step.get() != Step.WAITING) {
            countdown.set("");
            return;
        }
        long left = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        countdown.set("The code is valid for " + Durations.clock(Duration.ofSeconds(left)) + " more");
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty userCodeProperty() {
        return userCode;
    }

    public StringProperty linkProperty() {
        return link;
    }

    /** The link with the code filled in (the QR code's content). */
    public StringProperty linkCompleteProperty() {
        return linkComplete;
    }

    public StringProperty countdownProperty() {
        return countdown;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
