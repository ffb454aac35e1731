package com.yotosmartstream.app.account;

import com.yotosmartstream.client.YotoConfig;
import com.yotosmartstream.client.auth.BrowserSignIn;
import com.yotosmartstream.client.auth.TokenStore;
import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import java.nio.file.Path;

/**
 * The Yoto account the app signs in to: the client id the user registered at dashboard.yoto.dev
 * (kept in the settings) and the token file in the data folder (readable by the user alone).
 */
public final class YotoAccount {

    public static final Setting<String> CLIENT_ID = Setting.ofString("yoto.clientId", "");
    public static final String TOKEN_FILE = "yoto-tokens.json";
    /**
     * The loopback port the browser sign-in listens on; {@code http://127.0.0.1:<port>/callback}
     * must be among the app's callback URLs at dashboard.yoto.dev (0: any free port, for tests).
     */
    public static final Setting<Integer> CALLBACK_PORT = Setting.ofInt("yoto.callbackPort",
            BrowserSignIn.DEFAULT_PORT, 0, 65535);

    private final SettingsStore settings;
    private final Path tokenFile;

    public YotoAccount(SettingsStore settings, Path dataFolder) {
        this.settings = settings;
        this.tokenFile = dataFolder.resolve(TOKEN_FILE);
    }

    public String clientId() {
        return settings.get(CLIENT_ID).strip();
    }

    public void setClientId(String clientId) {
        settings.put(CLIENT_ID, clientId.strip());
    }

    public int callbackPort() {
        return settings.get(CALLBACK_PORT);
    }

    public Path tokenFile() {
        return tokenFile;
    }

    /** Yoto's production addresses with the user's client id. */
    public YotoConfig config() {
        return YotoConfig.production(clientId());
    }

    /** Whether a client id is set and a sign-in was saved (it may still have been revoked). */
    public boolean hasSavedSignIn() {
        return !clientId().isEmpty() && new TokenStore(tokenFile).load().isPresent();
    }
}
