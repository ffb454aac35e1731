package com.yotosmartstream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.task.CurrentThreadTaskExecutor;
import com.yotosmartstream.core.task.TaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
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

    @org.junit.jupiter.api.AfterEach
    void removeLogFile() {
        LogSetup.removeFileAppender();
    }

    @Test
    void logsGoToARollingFileInTheDataFolder() throws Exception {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path file = LogSetup.addFileAppender(logs).file().orElseThrow();
        org.slf4j.LoggerFactory.getLogger("com.yotosmartstream.test").warn("a line for the log file");
        assertThat(file).hasFileName("yoto-smart-stream.log");
        assertThat(Files.readString(file)).contains("a line for the log file");
    }

    @Test
    void theLogFileIsForTheUserAloneAndHoldsNoTokens() throws Exception {
        Path logs = Files.createDirectories(temp.resolve("logs"));
        Path file = LogSetup.addFileAppender(logs).file().orElseThrow();
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEiLCJleHAiOjE3MDB9.c2lnbmF0dXJlLWJ5dGVz";
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("com.yotosmartstream.test");

        // failures forced the way a careless caller or a library would write them
        log.warn("GET /card/mine answered 500; Authorization: Bearer {}", jwt);
        log.error("Sign-in refused", new IllegalStateException("refresh_token=v1.MWopaque-refresh&client_id=abc",
                new RuntimeException("access_token\":\"" + jwt)));
        log.warn("Jetty: writeError: status=500 GET http://0.0.0.0:8080/stream/"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/0123456789abcdef.mp3");
        log.warn("A title with an escape \u001b[31mred\u001b[0m and a\rcarriage return");

        String text = Files.readString(file);
        assertThat(text).contains("[redacted]").contains("answered 500").contains("Sign-in refused")
                .doesNotContain(jwt).doesNotContain("v1.MWopaque-refresh")
                .doesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").doesNotContain("\u001b");
        if (com.yotosmartstream.core.storage.OwnerOnly.supported()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aLogsFolderThatCannotBeWrittenLeavesTheAppRunningAndSaysSo() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.createDirectories(data.resolve("logs").resolve(LogSetup.FILE_NAME)); // the log file cannot be opened

        try (AppServices services = Startup.prepare(LaunchOptions.parse("--data-dir=" + data),
                CurrentThreadTaskExecutor::new, () -> ThemePreference.DARK, true)) {
            assertThat(services.warnings()).singleElement().asString().contains("No log file is kept")
                    .contains(data.resolve("logs").toString()).contains("writable");
        }
    }

    @Test
    void aReadOnlyLogsFolderIsAWarningNotAFailure() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(com.yotosmartstream.core.storage.OwnerOnly.supported()
                && !"root".equals(System.getProperty("user.name")), "read-only folders bind only a non-root user");
        Path data = Files.createDirectories(temp.resolve("data"));
        Path logs = Files.createDirectories(data.resolve("logs"));
        Files.setPosixFilePermissions(logs, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            try (AppServices services = Startup.prepare(LaunchOptions.parse("--data-dir=" + data),
                    CurrentThreadTaskExecutor::new, () -> ThemePreference.DARK, true)) {
                assertThat(services.warnings()).anySatisfy(w -> assertThat(w).contains("read-only"));
            }
        } finally {
            Files.setPosixFilePermissions(logs, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theCertificatePasswordLivesInAPrivateFileNotTheSettingsTable() throws Exception {
        Path data = temp.resolve("data");
        try (AppServices services = start(data)) {
            services.settings().put(com.yotosmartstream.streamer.StreamerSettings.TLS_PASSWORD, "p12-password");
            assertThat(services.settings().flush()).isTrue();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("yoto-smart-stream.db"));
             var rows = c.createStatement().executeQuery("SELECT count(*) FROM settings WHERE value LIKE '%p12%'")) {
            assertThat(rows.getInt(1)).isZero();
        }
        try (AppServices services = start(data)) {
            assertThat(services.settings().get(com.yotosmartstream.streamer.StreamerSettings.TLS_PASSWORD))
                    .isEqualTo("p12-password");
            assertThat(services.dataFolder().secrets().file()).exists();
        }
    }

    @Test
    void aRowWithAMalformedTimestampIsSkippedAndTheRestOfTheLibraryOpens() throws Exception {
        // issue 16: one malformed track.imported_at or stream_grant.created_at stopped the window and --headless
        Path data = temp.resolve("data");
        String kept;
        try (AppServices services = start(data)) {
            var library = services.streamer().library();
            var lines = library.importAll(List.of(
                    com.yotosmartstream.app.library.TestAudio.mp3(temp.resolve("a.mp3"), 1.2, "Kept", "A"),
                    com.yotosmartstream.app.library.TestAudio.mp3(temp.resolve("b.mp3"), 1.3, "Damaged", "B")),
                    TaskContext.QUIET).lines();
            kept = lines.get(0).trackId().orElseThrow();
            services.streamer().tokens().grantCard("Bedtime", List.of(kept));
            services.streamer().tokens().grantCard("Damaged grant", List.of(kept));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("yoto-smart-stream.db"));
             var s = c.createStatement()) {
            s.executeUpdate("UPDATE track SET imported_at = '2026-13-45 not a time' WHERE title = 'Damaged'");
            s.executeUpdate("UPDATE stream_grant SET created_at = 'yesterday' WHERE label = 'Damaged grant'");
        }

        try (AppServices services = start(data)) {
            assertThat(services.streamer().library().catalogue().find(kept)).isPresent();
            assertThat(services.streamer().library().catalogue().size()).isEqualTo(1);
            assertThat(services.streamer().tokens().all()).extracting(g -> g.label()).contains("Bedtime")
                    .doesNotContain("Damaged grant");
            assertThat(services.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains("left out"));
            assertThat(services.warnings()).anySatisfy(w -> assertThat(w).contains("track"))
                    .anySatisfy(w -> assertThat(w).contains("stream_grant"));
        }
    }
}
