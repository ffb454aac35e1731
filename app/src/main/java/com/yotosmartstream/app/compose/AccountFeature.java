package com.yotosmartstream.app.compose;

import com.yotosmartstream.app.account.SignInViewModel;
import com.yotosmartstream.app.account.YotoAccount;
import com.yotosmartstream.app.household.HouseholdService;
import com.yotosmartstream.client.Sleeper;
import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.OAuthClient;
import com.yotosmartstream.client.auth.TokenManager;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.client.http.HttpClient;
import com.yotosmartstream.core.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The Yoto account as the window's menus and sign-in dialog use it: the client id, the sign-in
 * view model, signing out, and which household opens at start (the saved sign-in, or demo mode).
 */
public final class AccountFeature {

    private final YotoAccount account;
    private final HouseholdService household;
    private final Path demoTokens;
    private final int demoPlayers;
    private final TaskExecutor executor;
    private final Clock clock;

    AccountFeature(YotoAccount account, HouseholdService household, Path demoTokens, int demoPlayers,
            TaskExecutor executor, Clock clock) {
        this.account = account;
        this.household = household;
        this.demoTokens = demoTokens;
        this.demoPlayers = demoPlayers;
        this.executor = executor;
        this.clock = clock;
    }

    /** Opens the signed-in household if a sign-in was saved, else demo mode (if it has players). */
    void openHousehold() {
        opener().ifPresent(household::start);
    }

    /**
     * How the household opens: the saved sign-in, else demo mode; empty with neither (no sign-in
     * and no demo players).
     */
    java.util.Optional<HouseholdService.Opener> opener() {
        if (account.hasSavedSignIn()) {
            YotoConfig config = account.config();
            return java.util.Optional.of(HouseholdService.yoto(config, new TokenManager(new OAuthClient(config,
                    HttpClient.create(), clock), new TokenStore(account.tokenFile()), clock,
                    TokenManager.DEFAULT_MARGIN), clock));
        }
        return demoPlayers > 0 ? java.util.Optional.of(HouseholdService.demo(demoPlayers, demoTokens, clock))
                : java.util.Optional.empty();
    }

    private void startDemo() {
        if (demoPlayers > 0) {
            household.start(HouseholdService.demo(demoPlayers, demoTokens, clock));
        }
    }

    /** Whether the user must first give the client id they registered at dashboard.yoto.dev. */
    public boolean needsClientId() {
        return account.clientId().isEmpty();
    }

    public void setClientId(String clientId) {
        account.setClientId(clientId);
    }

    /** Yoto's production addresses with the user's client id. */
    public YotoConfig config() {
        return account.config();
    }

    /** The sign-in dialog's view model for the app's own executor. */
    public SignInViewModel signIn(YotoConfig config) {
        return signIn(config, executor);
    }

    /** The sign-in dialog's view model; a finished sign-in opens the account's household. */
    public SignInViewModel signIn(YotoConfig config, TaskExecutor executor) {
        return new SignInViewModel(config, account.tokenFile(), executor, clock, Sleeper.REAL,
                tokens -> household.start(HouseholdService.yoto(config, tokens, clock)), account.callbackPort());
    }

    /** Forgets the sign-in and goes back to demo mode; throws when the saved sign-in could not be removed. */
    public void signOut() throws IOException {
        household.close();
        try {
            new TokenStore(account.tokenFile()).clear();
        } finally {
            startDemo();
        }
    }
}
