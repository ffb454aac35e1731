package com.yotosmartstream.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a file system has ACLs and no POSIX permissions (Windows), the data folder and its files
 * keep one entry, their owner's (issue 16). Run on Jimfs configured as Windows, with the ACL view.
 */
class OwnerOnlyAclTest {

    FileSystem windows;
    Path data;

    @BeforeEach
    void open() throws Exception {
        windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "acl").build());
        data = windows.getPath("C:\\Users\\parent\\AppData\\Roaming\\YotoSmartStream");
    }

    @AfterEach
    void close() throws Exception {
        windows.close();
    }

    private static List<AclEntry> acl(Path path) throws Exception {
        return Files.getFileAttributeView(path, AclFileAttributeView.class).getAcl();
    }

    @Test
    void aFolderAndAFileGetTheirOwnerAloneReplacingWhatEveryoneHad() throws Exception {
        Files.createDirectories(data);
        AclFileAttributeView view = Files.getFileAttributeView(data, AclFileAttributeView.class);
        UserPrincipal owner = view.getOwner();
        UserPrincipal everyone = windows.getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
        view.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(everyone)
                .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA)).build()));

        OwnerOnly.createFolder(data);
        Path database = data.resolve("yoto-smart-stream.db");
        OwnerOnly.createFile(database);

        assertThat(acl(data)).containsExactly(OwnerOnly.ownerEntry(owner, true));
        assertThat(acl(database)).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(owner);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions()).contains(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA);
            assertThat(entry.flags()).isEmpty();
        });
    }

    @Test
    void anExistingFileIsRestrictedToo() throws Exception {
        Files.createDirectories(data);
        Path log = Files.writeString(data.resolve("app.log"), "started");

        OwnerOnly.restrict(log);

        assertThat(acl(log)).extracting(AclEntry::principal)
                .containsExactly(Files.getFileAttributeView(log, AclFileAttributeView.class).getOwner());
        assertThat(Files.readString(log)).isEqualTo("started");
    }
}
