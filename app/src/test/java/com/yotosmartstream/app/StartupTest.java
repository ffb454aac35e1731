package com.yotosmartstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {

    @TempDir
    Path temp;

    private AppServices start(Path dataDir) throws StartupException {
        return Startup.prepare(LaunchOptions.parse("--data-dir=" + dataDir), CurrentThreadTaskExecutor::new,
                () -> ThemePreference.DARK, false);
    }

    @Test
    void startUpMakesTheDataFolderAndAnUpToDateDatabase() throws Exception {
        try (AppServices services = start(temp.resolve("data"))) {
            assertThat(services.dataFolder().root()).isEqualTo(temp.resolve("data"));
            assertThat(services.database().file()).exists();
            assertThat(services.database().schemaVersions()).containsEntry("core", 1);
            assertThat(services.osTheme()).isEqualTo(ThemePreference.DARK);
            assertThat(services.info().version()).isNotBlank().doesNotContain("${");
        }
    }

    @Test
    void aSecondCopyOnTheSameDataFolderIsRefusedWithAClearMessage() throws Exception {
        try (AppServices first = start(temp)) {
            assertThatThrownBy(() -> start(temp))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining("--data-dir");
            assertThat(first.settings().get(AppSettings.THEME)).isEqualTo(ThemePreference.SYSTEM);
        }
    }

    @Test
    void theDataFolderIsFreeAgainAfterClosing() throws Exception {
        start(temp).close();
        try (AppServices again = start(temp)) {
            assertThat(again.database().schemaVersions()).containsKey("core");
        }
    }

    @Test
    void aDatabaseFromANewerVersionStopsStartUpAndFreesTheFolder() throws Exception {
        start(temp).close();
        Path db = temp.resolve("yoto-smart-stream.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE schema_version SET version = 42 WHERE component = 'core'");
        }
        byte[] before = Files.readAllBytes(db);

        assertThatThrownBy(() -> start(temp))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("newer version")
                .hasMessageContaining("core v42");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        // the failed start released its lock: once the database is fixed, the app starts
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE schema_version SET version = 1 WHERE component = 'core'");
        }
        start(temp).close();
    }

    @Test
    void settingsSurviveARestart() throws Exception {
        try (AppServices services = start(temp)) {
            services.settings().put(AppSettings.THEME, ThemePreference.DARK);
        }
        try (AppServices services = start(temp)) {
            assertThat(services.settings().get(AppSettings.THEME)).isEqualTo(ThemePreference.DARK);
        }
    }

    @Test
    void logsGoToARollingFileInTheDataFolder() throws Exception {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path file = LogSetup.addFileAppender(logs);
        org.slf4j.LoggerFactory.getLogger("com.yotosmartstream.test").warn("a line for the log file");
        assertThat(file).hasFileName("yoto-smart-stream.log");
        assertThat(Files.readString(file)).contains("a line for the log file");
    }
}
