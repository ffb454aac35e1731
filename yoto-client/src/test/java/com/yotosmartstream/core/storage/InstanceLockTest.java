package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedWithAClearMessage() throws Exception {
        DataFolder folder = DataFolder.open(temp);
        try (InstanceLock first = InstanceLock.acquire(folder)) {
            assertThatThrownBy(() -> InstanceLock.acquire(folder))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining(folder.root().toString())
                    .hasMessageContaining("--data-dir");
        }
    }

    @Test
    void theLockIsFreeAgainOnceReleased() throws Exception {
        DataFolder folder = DataFolder.open(temp);
        InstanceLock.acquire(folder).close();
        try (InstanceLock again = InstanceLock.acquire(folder)) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void anotherDataFolderCanBeUsedAtTheSameTime() throws Exception {
        try (InstanceLock a = InstanceLock.acquire(DataFolder.open(temp.resolve("a")));
             InstanceLock b = InstanceLock.acquire(DataFolder.open(temp.resolve("b")))) {
            assertThat(a).isNotSameAs(b);
        }
    }

    @Test
    void theLockFileNamesTheHoldingProcess() throws Exception {
        DataFolder folder = DataFolder.open(temp);
        try (InstanceLock lock = InstanceLock.acquire(folder)) {
            assertThat(Files.readString(folder.root().resolve(".lock")))
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
