package com.yotosmartstream.client.sim;

import io.javalin.config.RoutesConfig;

/** More endpoints for the {@link CloudEmulator} (the REST API of the simulated household). */
@FunctionalInterface
public interface CloudRoutes {

    void register(RoutesConfig routes, CloudEmulator cloud);
}
