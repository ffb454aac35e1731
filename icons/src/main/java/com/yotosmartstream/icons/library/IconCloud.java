package com.yotosmartstream.icons.library;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.api.YotoApi;
import com.yotosmartstream.client.model.DisplayIcon;
import java.util.List;

/** Where icons are uploaded: a Yoto account (the real one, or demo mode's simulated one). */
public interface IconCloud {

    /** A key for the account, so uploads to one account are not taken for uploads to another. */
    String account();

    /** Uploads a ready 16x16 RGBA PNG or 16x16 GIF without conversion; blocking. */
    DisplayIcon upload(byte[] picture, String fileName) throws YotoException, InterruptedException;

    /** The account's own icons, as Yoto lists them now; blocking. */
    List<DisplayIcon> mine() throws YotoException, InterruptedException;

    /** Yoto's public icons; blocking. */
    List<DisplayIcon> publicIcons() throws YotoException, InterruptedException;

    /** The picture at an icon's URL (Yoto's public icons are listed with one); blocking. */
    byte[] picture(String url) throws java.io.IOException, InterruptedException;

    /** Through the real client. */
    static IconCloud of(YotoApi api, String account) {
        return new IconCloud() {
            @Override
            public String account() {
                return account;
            }

            @Override
            public DisplayIcon upload(byte[] picture, String fileName) throws YotoException, InterruptedException {
                return api.uploadIcon(picture, fileName, false);
            }

            @Override
            public List<DisplayIcon> mine() throws YotoException, InterruptedException {
                return api.myIcons();
            }

            @Override
            public List<DisplayIcon> publicIcons() throws YotoException, InterruptedException {
                return api.publicIcons();
            }

            @Override
            public byte[] picture(String url) throws java.io.IOException, InterruptedException {
                return Pictures.fetch(url);
            }
        };
    }
}
