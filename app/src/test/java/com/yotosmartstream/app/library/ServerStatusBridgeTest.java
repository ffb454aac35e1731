package com.yotosmartstream.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.LaunchOptions;
import com.yotosmartstream.app.Startup;
import com.yotosmartstream.app.shell.ServiceStatus;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A certificate that cannot be used must not leave the server on plain HTTP silently (issue 16). */
class ServerStatusBridgeTest {

    @TempDir
    Path temp;

    @Test
    void aBrokenCertificateShowsOnTheStatusBarNotOnlyInTheTooltip() throws Exception {
        Path broken = Files.writeString(temp.resolve("server.p12"), "not a PKCS12 file");
        try (AppServices services = Startup.prepare(LaunchOptions.parse("--data-dir=" + temp.resolve("data")),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.LIGHT, false)) {
            services.settings().put(StreamerSettings.BIND_ADDRESS, "127.0.0.1");
            services.settings().put(StreamerSettings.TLS, StreamerSettings.TlsMode.PKCS12);
            services.settings().put(StreamerSettings.TLS_FILE, broken.toString());
            services.settings().put(StreamerSettings.TLS_PASSWORD, "secret");

            Streamer.Status status = services.streamer().start();
            ServiceStatus shown = ServerStatusBridge.describe(status);

            assertThat(status.running()).isTrue();
            assertThat(status.secure()).isFalse();
            assertThat(shown.level()).isEqualTo(ServiceStatus.Level.ERROR);
            assertThat(shown.text()).contains("HTTP on port").contains("HTTPS off");
            assertThat(shown.detail()).contains("HTTPS is off").contains("server.p12");
        }
    }
}
