/** The dashboard's view models: a tile per player, kept live from the household's state. */
package com.yotosmartstream.app.dashboard;
