package com.yotosmartstream.icons.picker;

import com.yotosmartstream.icons.model.IconImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An icon offered by a picker.
 *
 * @param reference what a card's {@code display.icon16x16} would hold ({@code yoto:#<mediaId>}),
 *        when the icon is on Yoto already
 * @param libraryId the icon's id in the icon library, when it comes from there
 */
public record IconChoice(String name, List<String> tags, IconImage image, Optional<String> reference,
        OptionalLong libraryId) {

    public IconChoice {
        tags = List.copyOf(tags);
    }
}
