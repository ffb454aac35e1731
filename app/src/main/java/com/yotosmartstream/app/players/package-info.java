/** Player settings: the per-player Settings dialog's view model, its alarms, the tiles' next alarm. */
package com.yotosmartstream.app.players;
