package com.yotosmartstream.icons.library;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads library icons to Yoto at most once per picture and account: the returned media id is
 * kept by the PNG's SHA-256, so an icon saved again unchanged, a duplicate or a second icon with
 * the same pixels reuses it. A remembered id that the account no longer lists (an icon deleted on
 * Yoto's side, or demo mode's fresh simulated account) is uploaded again. Blocking: run it in the
 * background.
 */
public final class IconUploader {

    private static final Logger LOG = LoggerFactory.getLogger(IconUploader.class);

    /** The reference to put in a card's {@code display.icon16x16}, and whether bytes were sent for it. */
    public record Uploaded(String mediaId, boolean sent) {
        public String reference() {
            return "yoto:#" + mediaId;
        }
    }

    private final IconLibrary library;
    private final IconCloud cloud;

    public IconUploader(IconLibrary library, IconCloud cloud) {
        this.library = library;
        this.cloud = cloud;
    }

    public Uploaded upload(IconRecord icon) throws YotoException, InterruptedException, StorageException {
        if (icon.animated() ? !IconGif.isYotoReady(icon.gif()) : !IconPng.isYotoReady(icon.png())) {
            throw new IllegalArgumentException("The icon is not a 16x16 RGBA PNG or 16x16 GIF");
        }
        Optional<String> known = library.uploadedAs(cloud.account(), icon.sha256());
        if (known.isPresent()) {
            if (cloud.mine().stream().map(DisplayIcon::mediaId).anyMatch(known.get()::equals)) {
                return new Uploaded(known.get(), false);
            }
            LOG.info("Icon {} was uploaded before but the account no longer lists it; uploading it again", icon.id());
        }
        DisplayIcon uploaded = cloud.upload(icon.uploadBytes(), icon.fileName());
        library.rememberUpload(cloud.account(), icon.sha256(), uploaded.mediaId());
        return new Uploaded(uploaded.mediaId(), true);
    }

    /** The reference of an icon already uploaded to this account, without asking Yoto. */
    public Optional<String> knownReference(IconRecord icon) throws StorageException {
        return library.uploadedAs(cloud.account(), icon.sha256()).map(id -> "yoto:#" + id);
    }
}
