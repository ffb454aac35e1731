package com.yotosmartstream.client.api;

import static com.yotosmartstream.client.api.ApiCalls.array;
import static com.yotosmartstream.client.api.ApiCalls.encode;
import static com.yotosmartstream.client.api.ApiCalls.object;

import com.yotosmartstream.client.YotoException;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.model.CoverImage;
import com.yotosmartstream.client.model.DisplayIcon;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pictures on Yoto: card covers (PNG or JPEG) and 16x16 display icons (PNG or GIF), both sent as
 * the raw image body (not multipart) and, as POSTs, never retried blindly; and the lists of
 * display icons.
 */
final class ImageUploads {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";

    private final ApiCalls api;

    ImageUploads(ApiCalls api) {
        this.api = api;
    }

    CoverImage uploadCover(byte[] image) throws YotoException, InterruptedException {
        String type = typeOf(image).filter(t -> t.equals(PNG) || t.equals(JPEG)).orElseThrow(() ->
                new YotoApiException(0, "A cover must be a PNG or JPEG picture. Save it in one of these formats"
                        + " and try again."));
        String what = "the cover picture";
        HttpResult result = api.exchange("POST", "/media/coverImage/user/me/upload?coverType=default", image, type,
                what);
        if (result.status() == 400) {
            throw new YotoApiException(400, "Yoto refused the cover picture. Use a PNG or JPEG picture (a square"
                    + " one of at least 640x640 looks best) and try again.");
        }
        if (!result.ok()) {
            throw ApiCalls.failure(result, what);
        }
        return new CoverImage(object(result, "coverImage"));
    }

    DisplayIcon uploadIcon(byte[] image, String filename, boolean autoConvert)
            throws YotoException, InterruptedException {
        String type = typeOf(image).filter(t -> t.equals(PNG) || t.equals(GIF)).orElseThrow(() ->
                new YotoApiException(0, "A display icon must be a PNG or GIF picture. Save " + filename
                        + " in one of these formats and try again."));
        String what = "the icon " + filename;
        HttpResult result = api.exchange("POST", "/media/displayIcons/user/me/upload?autoConvert=" + autoConvert
                + "&filename=" + encode(filename), image, type, what);
        if (result.status() == 400) {
            throw new YotoApiException(400, "Yoto refused the icon " + filename + ": a display icon must be a"
                    + " 16x16 PNG (RGBA) or GIF. Resize it to 16x16 pixels, or allow auto-convert so that Yoto"
                    + " resizes it.");
        }
        if (!result.ok()) {
            throw ApiCalls.failure(result, what);
        }
        return new DisplayIcon(object(result, "displayIcon"));
    }

    List<DisplayIcon> publicIcons() throws YotoException, InterruptedException {
        return array(api.get("/media/displayIcons/user/yoto", "Yoto's icons"), "displayIcons", DisplayIcon::new);
    }

    List<DisplayIcon> myIcons() throws YotoException, InterruptedException {
        return array(api.get("/media/displayIcons/user/me", "your icons"), "displayIcons", DisplayIcon::new);
    }

    /** The picture's type from its first bytes: PNG, JPEG or GIF. */
    static Optional<String> typeOf(byte[] image) {
        if (startsWith(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(image, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(image, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(image, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
