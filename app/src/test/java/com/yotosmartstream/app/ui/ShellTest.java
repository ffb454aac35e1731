package com.yotosmartstream.app.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * A TestFX test of the real main window: opened before each test on a data folder kept for the
 * class. (TestFX looks for {@code @Start} only in the test class itself, hence {@code @BeforeEach}.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class ShellTest {

    @TempDir
    static Path dataDir;

    protected ShellFixture shell;

    /** Command-line options for the window under test. */
    protected String[] options() {
        return new String[0];
    }

    @BeforeEach
    void openShell() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        shell = FxToolkit.setupFixture(() -> ShellFixture.open(stage, dataDir, options()));
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.close();
    }
}
