package com.yotosmartstream.app.account;

import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.BrowserSignIn;
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
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in as the dialog shows it (ADR 0005, 0045). First the device code: the code to type,
 * where, how long it stays valid, and how it ended; polling runs in the background and can be
 * cancelled. Second, the browser: Yoto's page opens in this computer's browser, which comes back to
 * a loopback address the app listens on.
 */
public final class SignInViewModel {

    /** Where the sign-in is. */
    public enum Step { IDLE, ASKING, WAITING, SIGNED_IN, FAILED, CANCELLED }

    /** How the user signs in: a code typed on any device, or this computer's browser. */
    public enum Way { CODE, BROWSER }

    /** How long the browser sign-in waits for the user to finish on Yoto's page. */
    static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(10);

    private final YotoConfig config;
    private final Path tokenFile;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Consumer<TokenManager> signedIn;
    private final int callbackPort;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.IDLE);
    private final ObjectProperty<Way> way = new SimpleObjectProperty<>(Way.CODE);
    private final StringProperty userCode = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty linkComplete = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private Instant expiresAt;
    private TaskHandle running;
    /** The current attempt's stop flag; each attempt has its own, so a late answer of an old one is ignored. */
    private AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param signedIn told, on the executor's reporting thread, of the signed-in token manager
     * @param callbackPort the loopback port the browser sign-in listens on (0 for any free one)
     */
    public SignInViewModel(YotoConfig config, Path tokenFile, TaskExecutor executor, Clock clock, Sleeper sleeper,
            Consumer<TokenManager> signedIn, int callbackPort) {
        this.config = config;
        this.tokenFile = tokenFile;
        this.executor = executor;
        this.clock = clock;
        this.sleeper = sleeper;
        this.signedIn = signedIn;
        this.callbackPort = callbackPort;
    }

    /** Starts a new attempt: the one before it is stopped and its late answers ignored. */
    private AtomicBoolean newAttempt(Way chosen) {
        stopCurrent();
        cancelled = new AtomicBoolean();
        way.set(chosen);
        userCode.set("");
        link.set("");
        linkComplete.set("");
        expiresAt = null;
        countdown.set("");
        return cancelled;
    }

    private void stopCurrent() {
        cancelled.set(true);
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private TokenManager tokens(OAuthClient oauth) {
        return new TokenManager(oauth, new TokenStore(tokenFile), clock, TokenManager.DEFAULT_MARGIN);
    }

    /** The sign-in with a code typed on Yoto's page (on any device). */
    public void start() {
        AtomicBoolean attempt = newAttempt(Way.CODE);
        step.set(Step.ASKING);
        message.set("Asking Yoto for a sign-in code…");
        HttpClient http = HttpClient.create();
        OAuthClient oauth = new OAuthClient(config, http, clock);
        DeviceCodeSignIn signIn = new DeviceCodeSignIn(oauth, sleeper, clock);
        TokenManager tokens = tokens(oauth);
        executor.submit(BackgroundTask.of("Asking Yoto for a sign-in code", context -> signIn.start())
                .onSuccess(authorization -> {
                    if (attempt == cancelled) {
                        await(signIn, tokens, authorization, attempt);
                    }
                })
                .onFailure(error -> failed(error, attempt)));
    }

    /**
     * The sign-in in this computer's browser: {@code openBrowser} is given Yoto's page (on a
     * background thread) and the app waits for the browser to come back to
     * {@link #callbackUri()}.
     */
    public void startInBrowser(Consumer<URI> openBrowser) {
        AtomicBoolean attempt = newAttempt(Way.BROWSER);
        step.set(Step.WAITING);
        message.set("Finish the sign-in on Yoto's page in your browser; this window notices by itself.");
        OAuthClient oauth = new OAuthClient(config, HttpClient.create(), clock);
        BrowserSignIn signIn = new BrowserSignIn(oauth, openBrowser, BROWSER_TIMEOUT, callbackPort);
        TokenManager tokens = tokens(oauth);
        running = executor.submit(BackgroundTask.of("Waiting for the sign-in in the browser", context -> {
            tokens.signedIn(signIn.signIn(() -> attempt.get() || context.isCancelled()));
            return tokens;
        }).onSuccess(manager -> succeeded(manager, attempt))
                .onFailure(error -> failed(error, attempt))
                .onCancelled(() -> cancelledIf(attempt)));
    }

    /** The address the browser sign-in comes back to (registered for the app at dashboard.yoto.dev). */
    public String callbackUri() {
        return BrowserSignIn.callbackUri(callbackPort == 0 ? BrowserSignIn.DEFAULT_PORT : callbackPort).toString();
    }

    private void await(DeviceCodeSignIn signIn, TokenManager tokens, DeviceAuthorization authorization,
            AtomicBoolean attempt) {
        if (attempt.get()) {
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
            tokens.signedIn(signIn.awaitTokens(authorization, () -> attempt.get() || context.isCancelled()));
            return tokens;
        }).onSuccess(manager -> succeeded(manager, attempt))
                .onFailure(error -> failed(error, attempt))
                .onCancelled(() -> cancelledIf(attempt)));
    }

    private void succeeded(TokenManager manager, AtomicBoolean attempt) {
        if (attempt != cancelled) {
            return;
        }
        step.set(Step.SIGNED_IN);
        message.set("Signed in. Your players will appear on the dashboard.");
        signedIn.accept(manager);
    }

    private void cancelledIf(AtomicBoolean attempt) {
        if (attempt == cancelled) {
            step.set(Step.CANCELLED);
        }
    }

    private void failed(Throwable error, AtomicBoolean attempt) {
        if (attempt != cancelled) {
            return;
        }
        if (error instanceof SignInFailedException failure && failure.reason() == SignInFailedException.Reason.CANCELLED) {
            step.set(Step.CANCELLED);
            message.set("Sign-in cancelled.");
            return;
        }
        step.set(Step.FAILED);
        message.set(error.getMessage() == null ? "The sign-in failed: " + error : error.getMessage());
    }

    public void cancel() {
        stopCurrent();
        if (step.get() == Step.ASKING || step.get() == Step.WAITING) {
            step.set(Step.CANCELLED);
            message.set("Sign-in cancelled.");
        }
    }

    /** Updates the countdown to now on the view model's clock (call every second while the dialog is open). */
    public void tick() {
        tick(clock.instant());
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

    /** The way of the current (or last) attempt. */
    public ObjectProperty<Way> wayProperty() {
        return way;
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
