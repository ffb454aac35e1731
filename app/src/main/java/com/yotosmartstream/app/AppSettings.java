package com.yotosmartstream.app;

import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.theme.ThemePreference;
import com.yotosmartstream.core.storage.Setting;

/** The settings the shell itself keeps. */
public final class AppSettings {

    public static final Setting<ThemePreference> THEME =
            Setting.ofEnum("ui.theme", ThemePreference.class, ThemePreference.SYSTEM);
    public static final Setting<Page> LAST_PAGE = Setting.ofEnum("ui.lastPage", Page.class, Page.DASHBOARD);
    /** "x,y,width,height,maximized"; empty until the window was first closed. */
    public static final Setting<String> WINDOW_GEOMETRY = Setting.ofString("ui.windowGeometry", "");

    private AppSettings() {
    }
}
