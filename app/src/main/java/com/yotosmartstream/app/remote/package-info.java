/** The remote page's view of the household: the dashboard's tiles and commands, as the streaming server's page needs them (ADR 0069). */
package com.yotosmartstream.app.remote;
