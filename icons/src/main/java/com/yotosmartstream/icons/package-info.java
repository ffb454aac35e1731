/**
 * 16x16 display icons: the model, the PNG/GIF codec, the painter control and the icon library.
 * Depends on {@code yoto-client} only; never on another middle module or on the app.
 */
package com.yotosmartstream.icons;
