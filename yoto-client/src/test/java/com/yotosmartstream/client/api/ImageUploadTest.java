package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.client.model.CoverImage;
import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.client.sim.SimulatedImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageUploadTest {

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private SimulatedImages images;
    private YotoApi api;

    @BeforeEach
    void signIn() throws Exception {
        fixture = new ApiFixture(temp);
        images = fixture.account.images();
        api = fixture.api;
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aPngCoverIsUploadedAndServedFromItsUrl() throws Exception {
        byte[] png = image(64, 64, BufferedImage.TYPE_INT_ARGB, "png");

        CoverImage cover = api.uploadCover(png);

        assertThat(cover.mediaId()).isEqualTo(sha256(png));
        assertThat(cover.mediaUrl()).startsWith(fixture.cloud.baseUri().toString());
        assertThat(fetch(cover.mediaUrl())).isEqualTo(png);
        assertThat(images.coverUploads()).isEqualTo(1);
    }

    @Test
    void aJpegCoverIsTakenToo() throws Exception {
        byte[] jpeg = image(32, 32, BufferedImage.TYPE_INT_RGB, "jpg");

        CoverImage cover = api.uploadCover(jpeg);

        assertThat(fetch(cover.mediaUrl())).isEqualTo(jpeg);
    }

    @Test
    void aCoverThatIsNotAPictureIsRefusedBeforeAnythingIsSent() {
        byte[] text = "not a picture".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> api.uploadCover(text)).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isZero()).hasMessageContaining("PNG or JPEG");
        assertThat(images.coverUploads()).isZero();
    }

    @Test
    void anIconIsNewTheFirstTimeAndTheSameIconWithoutNewTheSecond() throws Exception {
        byte[] png = image(16, 16, BufferedImage.TYPE_INT_ARGB, "png");

        DisplayIcon first = api.uploadIcon(png, "rocket.png", false);
        DisplayIcon again = api.uploadIcon(png, "rocket-again.png", false);

        assertThat(first.isNew()).isTrue();
        assertThat(first.mediaId()).isEqualTo(sha256(png));
        assertThat(first.reference()).isEqualTo("yoto:#" + sha256(png));
        assertThat(first.displayIconId()).isPresent();
        assertThat(first.userId()).isPresent();
        assertThat(again.isNew()).isFalse();
        assertThat(again.toJson().has("new")).isFalse();
        assertThat(again.mediaId()).isEqualTo(first.mediaId());
        assertThat(again.displayIconId()).isEqualTo(first.displayIconId());
        assertThat(api.myIcons()).extracting(DisplayIcon::mediaId).containsExactly(first.mediaId());
        assertThat(fetch(first.url().orElseThrow())).isEqualTo(png);
    }

    @Test
    void aSixteenBySixteenGifIconIsTaken() throws Exception {
        byte[] gif = image(16, 16, BufferedImage.TYPE_INT_ARGB, "gif");
        assertThat(new String(gif, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("GIF");

        DisplayIcon icon = api.uploadIcon(gif, "blink.gif", false);

        assertThat(icon.isNew()).isTrue();
        assertThat(fetch(icon.url().orElseThrow())).isEqualTo(gif);
    }

    @Test
    void aTwentyByTwentyPngIsRefusedWithoutAutoConvertAndTakenWithIt() throws Exception {
        byte[] big = image(20, 20, BufferedImage.TYPE_INT_ARGB, "png");

        assertThatThrownBy(() -> api.uploadIcon(big, "big.png", false)).isInstanceOfSatisfying(
                YotoApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("must be a 16x16 PNG (RGBA) or GIF").hasMessageContaining("allow auto-convert");
        assertThat(api.myIcons()).isEmpty();

        DisplayIcon icon = api.uploadIcon(big, "big.png", true);

        assertThat(icon.isNew()).isTrue();
        BufferedImage converted = ImageIO.read(new ByteArrayInputStream(fetch(icon.url().orElseThrow())));
        assertThat(converted.getWidth()).isEqualTo(16);
        assertThat(converted.getHeight()).isEqualTo(16);
        assertThat(api.myIcons()).extracting(DisplayIcon::mediaId).containsExactly(icon.mediaId());
    }

    @Test
    void aPngWithoutAlphaOrAGifOfTheWrongSizeIsRefusedWithoutAutoConvert() throws Exception {
        byte[] rgb = image(16, 16, BufferedImage.TYPE_INT_RGB, "png");
        byte[] gif = image(20, 16, BufferedImage.TYPE_INT_ARGB, "gif");

        assertThatThrownBy(() -> api.uploadIcon(rgb, "rgb.png", false)).isInstanceOfSatisfying(
                YotoApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> api.uploadIcon(gif, "wide.gif", false)).isInstanceOfSatisfying(
                YotoApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(images.ownIcons()).isEmpty();
    }

    @Test
    void aJpegIsNoIcon() throws Exception {
        byte[] jpeg = image(16, 16, BufferedImage.TYPE_INT_RGB, "jpg");

        assertThatThrownBy(() -> api.uploadIcon(jpeg, "photo.jpg", true)).isInstanceOf(YotoApiException.class)
                .hasMessageContaining("PNG or GIF");
        assertThat(images.iconUploads()).isZero();
    }

    @Test
    void theIconListsShowYotosPublicIconsAndTheAccountsOwn() throws Exception {
        assertThat(api.myIcons()).isEmpty();

        var publicIcons = api.publicIcons();

        assertThat(publicIcons).extracting(icon -> icon.title().orElse("")).contains("Star", "Moon");
        assertThat(publicIcons).allSatisfy(icon -> {
            assertThat(icon.reference()).matches("yoto:#[0-9a-f]{64}");
            assertThat(icon.publicTags()).isNotEmpty();
            assertThat(icon.toJson().has("createdAt")).as("unknown fields kept").isTrue();
        });
        DisplayIcon star = publicIcons.stream().filter(icon -> icon.title().orElse("").equals("Star")).findFirst()
                .orElseThrow();
        assertThat(star.publicTags()).containsExactly("space", "night");
        assertThat(ImageIO.read(new ByteArrayInputStream(fetch(star.url().orElseThrow()))).getWidth()).isEqualTo(16);

        DisplayIcon mine = api.uploadIcon(image(16, 16, BufferedImage.TYPE_INT_ARGB, "png"), "mine.png", false);

        assertThat(api.myIcons()).singleElement().satisfies(icon -> {
            assertThat(icon.mediaId()).isEqualTo(mine.mediaId());
            assertThat(icon.isNew()).as("a listed icon is not 'new'").isFalse();
        });
        assertThat(api.publicIcons()).extracting(DisplayIcon::mediaId).doesNotContain(mine.mediaId());
    }

    @Test
    void anIconUploadIsNotRetriedBlindly() throws Exception {
        byte[] png = image(16, 16, BufferedImage.TYPE_INT_ARGB, "png");
        fixture.cloud.failNextApiCalls(502, 1, null);

        assertThatThrownBy(() -> api.uploadIcon(png, "once.png", false)).isInstanceOfSatisfying(
                YotoApiException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(fixture.waits).isEmpty();
        assertThat(images.iconUploads()).isZero();
    }

    /** A small picture with a pattern, encoded as {@code format} by ImageIO. */
    private static byte[] image(int width, int height, int type, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? 0xff2e7d32 : 0xffffeb3b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    /** The bytes a picture URL serves. */
    private static byte[] fetch(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            return in.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
