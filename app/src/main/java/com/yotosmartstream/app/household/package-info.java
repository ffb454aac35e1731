/**
 * The household the dashboard shows: the real Yoto account when signed in, else the simulated
 * household of demo mode. No scene-graph code here.
 */
package com.yotosmartstream.app.household;
