/**
 * Where the app keeps its data and how: the per-user {@link
 * com.yotosmartstream.core.storage.DataFolder}, the {@link
 * com.yotosmartstream.core.storage.InstanceLock} that keeps a second copy out of it, the SQLite
 * {@link com.yotosmartstream.core.storage.Database} with numbered migrations per component, and
 * the {@link com.yotosmartstream.core.storage.SettingsStore}.
 */
package com.yotosmartstream.core.storage;
