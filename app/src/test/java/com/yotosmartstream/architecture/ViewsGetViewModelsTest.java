package com.yotosmartstream.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.client.mqtt.YotoMqtt;
import com.yotosmartstream.core.storage.Database;
import com.yotosmartstream.streamer.Streamer;

/**
 * The app's views are given their view models by the composition root ({@code app.compose}, ADR
 * 0044) and never reach for the services themselves: no view under {@code app.ui} touches
 * {@link AppServices}, the {@link Database}, the {@link Streamer} or the Yoto client (its REST API,
 * MQTT connections, sign-in and HTTP classes).
 */
@AnalyzeClasses(packages = "com.yotosmartstream.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewsGetViewModelsTest {

    @ArchTest
    static final ArchRule viewsTouchNoServiceDatabaseServerOrClient = noClasses()
            .that().resideInAPackage("com.yotosmartstream.app.ui..")
            .should().dependOnClassesThat(belongToAnyOf(AppServices.class, Database.class, Streamer.class,
                    YotoMqtt.class)
                    .or(resideInAnyPackage("com.yotosmartstream.client.api..", "com.yotosmartstream.client.auth..",
                            "com.yotosmartstream.client.http..", "com.yotosmartstream.client.sim..")))
            .because("views get their view models from the composition root (app.compose), never the services");
}
