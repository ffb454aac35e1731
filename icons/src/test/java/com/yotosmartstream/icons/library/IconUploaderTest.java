package com.yotosmartstream.icons.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads against the simulated Yoto cloud through the real client. */
class IconUploaderTest {

    private static final IconImage ROCKET = IconImage.blank().with(7, 2, 0xffff0000).with(7, 3, 0xffffffff);

    @TempDir
    Path temp;
    private LibraryFixture fixture;
    private SimulatedCloud cloud;
    private IconUploader uploader;

    @BeforeEach
    void start() throws Exception {
        fixture = new LibraryFixture(temp);
        cloud = new SimulatedCloud(temp);
        uploader = new IconUploader(fixture.library, IconCloud.of(cloud.api, "demo"));
    }

    @AfterEach
    void stop() {
        cloud.close();
        fixture.close();
    }

    @Test
    void anIconIsUploadedOnceAndItsReferenceRemembered() throws Exception {
        IconRecord rocket = fixture.library.add("Rocket", List.of("space"), ROCKET);

        IconUploader.Uploaded first = uploader.upload(rocket);
        IconUploader.Uploaded again = uploader.upload(rocket);

        assertThat(first.sent()).isTrue();
        assertThat(first.reference()).isEqualTo("yoto:#" + rocket.sha256());
        assertThat(again.sent()).isFalse();
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(cloud.account.images().iconUploads()).isEqualTo(1);
        assertThat(uploader.knownReference(rocket)).contains(first.reference());
        assertThat(cloud.api.myIcons()).extracting(DisplayIcon::reference).containsExactly(first.reference());
    }

    @Test
    void aDuplicateWithTheSamePixelsReusesTheUpload() throws Exception {
        IconRecord rocket = fixture.library.add("Rocket", List.of(), ROCKET);
        uploader.upload(rocket);
        IconRecord copy = fixture.library.rename(fixture.library.duplicate(rocket.id()).id(), "Another rocket");

        IconUploader.Uploaded reused = uploader.upload(copy);

        assertThat(reused.sent()).isFalse();
        assertThat(cloud.account.images().iconUploads()).isEqualTo(1);
    }

    @Test
    void aChangedPictureIsANewUpload() throws Exception {
        IconRecord rocket = fixture.library.add("Rocket", List.of(), ROCKET);
        uploader.upload(rocket);

        IconRecord changed = fixture.library.update(rocket.id(), ROCKET.with(0, 0, 0xff00ff00));
        IconUploader.Uploaded second = uploader.upload(changed);

        assertThat(second.sent()).isTrue();
        assertThat(cloud.account.images().iconUploads()).isEqualTo(2);
        assertThat(cloud.api.myIcons()).hasSize(2);
    }

    @Test
    void aRememberedUploadTheAccountNoLongerHasIsSentAgain() throws Exception {
        IconRecord rocket = fixture.library.add("Rocket", List.of(), ROCKET);
        fixture.library.rememberUpload("demo", rocket.sha256(), "0".repeat(64));

        IconUploader.Uploaded uploaded = uploader.upload(rocket);

        assertThat(uploaded.sent()).isTrue();
        assertThat(uploaded.mediaId()).isEqualTo(rocket.sha256());
        assertThat(fixture.library.uploadedAs("demo", rocket.sha256())).contains(rocket.sha256());
    }

    @Test
    void anAnimatedIconIsUploadedAsItsGifOnce() throws Exception {
        IconAnimation blink = IconAnimation.of(List.of(new IconAnimation.Frame(ROCKET, 100),
                new IconAnimation.Frame(IconImage.blank(), 100)));
        IconRecord icon = fixture.library.add("Blink", List.of(), blink);

        IconUploader.Uploaded first = uploader.upload(icon);
        IconUploader.Uploaded again = uploader.upload(icon);

        assertThat(first.sent()).isTrue();
        assertThat(first.mediaId()).isEqualTo(IconLibrary.sha256(icon.gif()));
        assertThat(again.sent()).isFalse();
        assertThat(cloud.account.images().iconUploads()).isEqualTo(1);
        DisplayIcon listed = cloud.api.myIcons().get(0);
        assertThat(listed.mediaId()).isEqualTo(first.mediaId());
    }

    @Test
    void uploadsAreRememberedPerAccount() throws Exception {
        IconRecord rocket = fixture.library.add("Rocket", List.of(), ROCKET);
        uploader.upload(rocket);

        IconUploader other = new IconUploader(fixture.library, IconCloud.of(cloud.api, "another account"));

        assertThat(other.knownReference(rocket)).isEmpty();
    }
}
