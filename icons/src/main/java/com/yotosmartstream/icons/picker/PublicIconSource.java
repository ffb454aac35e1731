package com.yotosmartstream.icons.picker;

import com.yotosmartstream.client.model.DisplayIcon;
import com.yotosmartstream.icons.codec.BadImageException;
import com.yotosmartstream.icons.codec.ImageImport;
import com.yotosmartstream.icons.codec.Reduction;
import com.yotosmartstream.icons.library.IconCloud;
import com.yotosmartstream.icons.model.IconImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Yoto's public icons, for browsing when signed in: listed once, each picture fetched once and
 * kept for the session. A picture that cannot be fetched or read is left out (and logged).
 */
public final class PublicIconSource implements IconSource {

    private static final Logger LOG = LoggerFactory.getLogger(PublicIconSource.class);
    private static final ImageImport.Options EXACT = new ImageImport.Options(ImageImport.Scaling.NEAREST,
            ImageImport.Framing.CROP, new Reduction.None());

    private final IconCloud cloud;
    private final Map<String, IconImage> pictures = new ConcurrentHashMap<>();
    private volatile List<DisplayIcon> listed;

    public PublicIconSource(IconCloud cloud) {
        this.cloud = cloud;
    }

    @Override
    public String title() {
        return "Yoto's icons";
    }

    @Override
    public List<IconChoice> find(String query) throws Exception {
        if (listed == null) {
            listed = cloud.publicIcons();
        }
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<IconChoice> choices = new ArrayList<>();
        for (DisplayIcon icon : listed) {
            String name = icon.title().orElse("Untitled");
            List<String> tags = icon.publicTags();
            boolean matches = Arrays.stream(words).allMatch(w -> w.isEmpty()
                    || name.toLowerCase(Locale.ROOT).contains(w)
                    || tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(w)));
            if (matches) {
                picture(icon).ifPresent(image -> choices.add(new IconChoice(name, tags, image,
                        Optional.of(icon.reference()), OptionalLong.empty())));
            }
        }
        return choices;
    }

    private Optional<IconImage> picture(DisplayIcon icon) throws InterruptedException {
        IconImage known = pictures.get(icon.mediaId());
        if (known != null) {
            return Optional.of(known);
        }
        if (icon.url().isEmpty()) {
            return Optional.empty();
        }
        try {
            IconImage image = ImageImport.toIcon(cloud.picture(icon.url().get()), EXACT);
            pictures.put(icon.mediaId(), image);
            return Optional.of(image);
        } catch (java.io.IOException | BadImageException e) {
            LOG.warn("Public icon {} could not be shown: {}", icon.mediaId(), e.getMessage());
            return Optional.empty();
        }
    }
}
