package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHome() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME);
        assertThat(dir).isEqualTo(Path.of("/data/ada/yoto-smart-stream"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of(), "Linux", HOME);
        assertThat(dir).isEqualTo(HOME.resolve(".local/share/yoto-smart-stream"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecRequires() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME);
        assertThat(dir).isEqualTo(HOME.resolve(".local/share/yoto-smart-stream"));
    }

    @Test
    void macUsesApplicationSupport() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of(), "Mac OS X", HOME);
        assertThat(dir).isEqualTo(HOME.resolve("Library/Application Support/Yoto Smart Stream"));
    }

    @Test
    void windowsUsesAppData() throws Exception {
        Path appData = HOME.resolve("roaming"); // absolute on this OS, standing in for C:\Users\ada\AppData\Roaming
        Path dir = DataFolder.locate(Optional.empty(), Map.of("APPDATA", appData.toString()), "Windows 11", HOME);
        assertThat(dir).isEqualTo(appData.resolve("Yoto Smart Stream"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingInTheProfile() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of(), "Windows 10", HOME);
        assertThat(dir).isEqualTo(HOME.resolve("AppData/Roaming/Yoto Smart Stream"));
    }

    @Test
    void environmentVariableOverridesTheConvention() throws Exception {
        Path dir = DataFolder.locate(Optional.empty(), Map.of(DataFolder.ENV_VAR, "/srv/yoto",
                "XDG_DATA_HOME", "/data/ada"), "Linux", HOME);
        assertThat(dir).isEqualTo(Path.of("/srv/yoto"));
    }

    @Test
    void optionOverridesTheEnvironmentVariable() throws Exception {
        Path dir = DataFolder.locate(Optional.of("/tmp/yoto-test"), Map.of(DataFolder.ENV_VAR, "/srv/yoto"),
                "Linux", HOME);
        assertThat(dir).isEqualTo(Path.of("/tmp/yoto-test"));
    }

    @Test
    void anInvalidPathIsRefusedWithItsSource() {
        assertThatThrownBy(() -> DataFolder.locate(Optional.of("bad\0path"), Map.of(), "Linux", HOME))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("--data-dir")
                .hasMessageContaining("not a valid path");
    }

    @Test
    void openCreatesTheFolderAndItsLogsFolder(@TempDir Path temp) throws Exception {
        DataFolder folder = DataFolder.open(temp.resolve("a/b/data"));
        assertThat(folder.root()).isDirectory();
        assertThat(folder.logs()).isDirectory().startsWith(folder.root());
        assertThat(folder.database().getParent()).isEqualTo(folder.root());
    }

    @Test
    void openExplainsWhenTheFolderCannotBeCreated(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThatThrownBy(() -> DataFolder.open(file.resolve("data")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("Cannot create the data folder")
                .hasMessageContaining("--data-dir");
    }

    @Test
    void theFolderAndItsLogsAreForTheUserAlone(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(OwnerOnly.supported(), "POSIX permissions (Windows ACLs are not tested here)");
        Path root = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        DataFolder folder = DataFolder.open(root);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.logs()))).isEqualTo("rwx------");
        assertThat(folder.warnings()).isEmpty();
    }

    @Test
    void aLogsPathThatIsNotAFolderDoesNotStopTheFolderOpening(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("data"));
        Files.writeString(root.resolve("logs"), "not a folder");

        assertThat(DataFolder.open(root).root()).isEqualTo(root);
    }
}
