/**
 * Branching stories: the model, lint, Twine import, the compiler to Yoto interactive cards, the
 * node-graph editor and playtest. Depends on {@code yoto-client} only; never on another middle
 * module or on the app.
 */
package com.yotosmartstream.story;
