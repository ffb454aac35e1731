package com.yotosmartstream.app.cards;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.core.storage.StorageException;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import com.yotosmartstream.icons.library.IconUploader;
import com.yotosmartstream.icons.model.IconImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Puts a card's chapter icons on Yoto: icons of the icon library ({@code icon:<id>}) are uploaded
 * once per account and referenced as {@code yoto:#<mediaId>}; a chapter without an icon gets the
 * app's own note icon (every chapter needs one), also uploaded once.
 */
public final class CardIcons {

    private final IconLibrary library;
    private final CardStore store;
    private final String account;
    private final BiConsumer<String, String> uploadedPicture;

    /**
     * @param uploadedPicture hears each uploaded icon's reference and picture address (so tiles can show it)
     */
    public CardIcons(IconLibrary library, CardStore store, String account, BiConsumer<String, String> uploadedPicture) {
        this.library = library;
        this.store = store;
        this.account = account;
        this.uploadedPicture = uploadedPicture;
    }

    /** Each reference's Yoto reference; Yoto references are kept as they are. Blocking. */
    public Map<String, String> resolve(Collection<String> references, YotoApi api)
            throws PublishException, InterruptedException, StorageException {
        IconUploader uploader = new IconUploader(library, cloud(api));
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String reference : references) {
            if (reference.startsWith("yoto:#")) {
                resolved.put(reference, reference);
            } else if (reference.startsWith("icon:")) {
                IconRecord icon = iconOf(reference);
                try {
                    resolved.put(reference, uploader.upload(icon).reference());
                } catch (YotoException e) {
                    throw new PublishException("Uploading the icon '" + icon.name() + "' failed: " + e.getMessage()
                            + " Publish again to retry; nothing on your card changed.", e);
                }
            }
        }
        return resolved;
    }

    private IconRecord iconOf(String reference) throws PublishException, StorageException {
        try {
            long id = Long.parseLong(reference.substring("icon:".length()));
            return library.get(id).orElseThrow(() -> new PublishException("A chapter's icon is no longer in the icon"
                    + " library. Pick another icon for it."));
        } catch (NumberFormatException e) {
            throw new PublishException("A chapter's icon reference '" + reference + "' is not one this app made."
                    + " Pick another icon for it.");
        }
    }

    /** The note icon for chapters without one, uploaded the first time it is needed. Blocking. */
    public String defaultIcon(YotoApi api) throws PublishException, InterruptedException, StorageException {
        byte[] png = IconPng.encode(note());
        String sha = sha256(png);
        var known = store.uploaded(account, CardStore.Kind.ICON, sha);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            DisplayIcon icon = api.uploadIcon(png, "yoto-smart-stream-note.png", false);
            store.recordUpload(account, CardStore.Kind.ICON, sha, icon.reference());
            icon.url().ifPresent(url -> uploadedPicture.accept(icon.reference(), url));
            return icon.reference();
        } catch (YotoException e) {
            throw new PublishException("Uploading the chapter icon failed: " + e.getMessage()
                    + " Pick an icon for every chapter, or publish again; nothing on your card changed.", e);
        }
    }

    private IconCloud cloud(YotoApi api) {
        IconCloud plain = IconCloud.of(api, account);
        return new IconCloud() {
            @Override
            public String account() {
                return plain.account();
            }

            @Override
            public DisplayIcon upload(byte[] picture, String fileName) throws YotoException, InterruptedException {
                DisplayIcon icon = plain.upload(picture, fileName);
                icon.url().ifPresent(url -> uploadedPicture.accept(icon.reference(), url));
                return icon;
            }

            @Override
            public java.util.List<DisplayIcon> mine() throws YotoException, InterruptedException {
                return plain.mine();
            }

            @Override
            public java.util.List<DisplayIcon> publicIcons() throws YotoException, InterruptedException {
                return plain.publicIcons();
            }

            @Override
            public byte[] picture(String url) throws java.io.IOException, InterruptedException {
                return plain.picture(url);
            }
        };
    }

    /** A white quaver on a transparent ground. */
    static IconImage note() {
        int[] argb = new int[IconImage.SIZE * IconImage.SIZE];
        int white = 0xFFFFFFFF;
        for (int y = 2; y <= 11; y++) {
            argb[y * 16 + 9] = white; // stem
        }
        for (int x = 10; x <= 12; x++) {
            argb[2 * 16 + x] = white; // flag
        }
        argb[3 * 16 + 12] = white;
        argb[4 * 16 + 13] = white;
        for (int y = 10; y <= 13; y++) {
            for (int x = 5; x <= 9; x++) {
                boolean corner = (y == 10 || y == 13) && (x == 5 || x == 9);
                if (!corner) {
                    argb[y * 16 + x] = white; // head
                }
            }
        }
        return IconImage.of(argb);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
