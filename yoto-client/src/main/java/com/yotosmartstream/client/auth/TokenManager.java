package com.yotosmartstream.client.auth;

import com.yotosmartstream.client.YotoException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a valid access token. It renews the tokens ahead of expiry (an hour early by default,
 * half-way through the life of tokens that live less than two hours)
 * and after the server rejects one; callers that need a renewal at the same time share one
 * refresh. Refresh tokens are single-use, so each renewal's new tokens are saved, atomically,
 * before anyone gets to use them.
 */
public final class TokenManager {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    public static final Duration DEFAULT_MARGIN = Duration.ofHours(1);

    private final OAuthClient oauth;
    private final TokenStore store;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile Tokens current;

    public TokenManager(OAuthClient oauth, TokenStore store, Clock clock, Duration margin) {
        this.oauth = oauth;
        this.store = store;
        this.clock = clock;
        this.margin = margin;
        this.current = store.load().orElse(null);
    }

    public boolean isSignedIn() {
        return current != null;
    }

    /** Called with true on sign-in and false on sign-out (including a refused renewal). */
    public void addListener(Consumer<Boolean> signedIn) {
        listeners.add(signedIn);
    }

    /** Keeps the tokens of a finished sign-in. */
    public void signedIn(Tokens tokens) throws YotoException {
        Objects.requireNonNull(tokens);
        refreshing.lock();
        try {
            persist(tokens);
            current = tokens;
        } finally {
            refreshing.unlock();
        }
        listeners.forEach(l -> l.accept(true));
    }

    public void signOut() {
        refreshing.lock();
        try {
            current = null;
            try {
                store.clear();
            } catch (IOException e) {
                LOG.warn("Could not delete the saved sign-in {}: {}", store.file(), e.getMessage());
            }
        } finally {
            refreshing.unlock();
        }
        listeners.forEach(l -> l.accept(false));
    }

    /** A token valid for at least the margin, renewing first if needed. */
    public String accessToken() throws YotoException, InterruptedException {
        Tokens seen = require();
        if (!seen.dueForRenewal(margin, clock)) {
            return seen.accessToken();
        }
        return renew(seen).accessToken();
    }

    /** The current access token as it is, even if about to expire (for callers that will handle a 401). */
    public String accessTokenWithoutRenewal() throws SignInRequiredException {
        return require().accessToken();
    }

    /** After the server answered 401 to {@code rejected}: a renewed token (unless another caller renewed already). */
    public String renewAfterRejection(String rejected) throws YotoException, InterruptedException {
        Tokens seen = require();
        if (!seen.accessToken().equals(rejected)) {
            return seen.accessToken();
        }
        return renew(seen).accessToken();
    }

    private Tokens require() throws SignInRequiredException {
        Tokens tokens = current;
        if (tokens == null) {
            throw new SignInRequiredException("This app is not signed in to Yoto. Sign in from the Dashboard or"
                    + " Settings.");
        }
        return tokens;
    }

    private Tokens renew(Tokens seen) throws YotoException, InterruptedException {
        refreshing.lockInterruptibly();
        try {
            Tokens now = require();
            if (now != seen) {
                return now; // renewed by another caller while this one waited
            }
            Tokens fresh;
            try {
                fresh = oauth.refresh(now.refreshToken());
            } catch (SignInRequiredException e) {
                current = null;
                store.clear();
                listeners.forEach(l -> l.accept(false));
                throw e;
            }
            current = fresh; // the old refresh token is spent: the new one must not be lost, even if saving fails
            try {
                persist(fresh);
            } catch (YotoException e) {
                LOG.error("{} Until then the renewed sign-in is kept in memory only.", e.getMessage());
            }
            LOG.info("Yoto sign-in renewed; valid until {}", fresh.expiresAt());
            return fresh;
        } catch (IOException e) {
            throw new YotoException("Could not delete the refused sign-in at " + store.file() + ": " + e.getMessage(), e);
        } finally {
            refreshing.unlock();
        }
    }

    private void persist(Tokens tokens) throws YotoException {
        try {
            store.save(tokens);
        } catch (IOException e) {
            throw new YotoException("Could not save the Yoto sign-in to " + store.file() + " (" + e.getMessage()
                    + "). Check that the disk is not full and the data folder is writable, then sign in again.", e);
        }
    }
}
