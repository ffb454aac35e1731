package com.yotosmartstream.icons.picker;

import com.yotosmartstream.icons.library.IconLibrary;
import com.yotosmartstream.icons.library.IconRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** The icons of the library, with their Yoto reference where they were uploaded to the account. */
public final class LibraryIconSource implements IconSource {

    private final IconLibrary library;
    private final Function<IconRecord, Optional<String>> reference;

    /** @param reference the icon's {@code yoto:#} reference in the current account, if it was uploaded */
    public LibraryIconSource(IconLibrary library, Function<IconRecord, Optional<String>> reference) {
        this.library = library;
        this.reference = reference;
    }

    @Override
    public String title() {
        return "My icons";
    }

    @Override
    public List<IconChoice> find(String query) throws Exception {
        List<IconChoice> choices = new ArrayList<>();
        for (IconRecord icon : library.search(query)) {
            choices.add(new IconChoice(icon.name(), icon.tags(), icon.image(), reference.apply(icon),
                    OptionalLong.of(icon.id())));
        }
        return choices;
    }
}
