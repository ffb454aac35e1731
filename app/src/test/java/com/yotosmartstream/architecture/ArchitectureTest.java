package com.yotosmartstream.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.yotosmartstream.core.task.NamedThreadFactory;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines the build holds (DEVELOPERS.md, ADR 0001): app -> story-editor | embedded-streamer |
 * icons -> yoto-client, never back and never sideways; no JavaFX scene graph outside UI packages;
 * SLF4J only; threads only from the one factory. The app module sees every module's classes, so
 * the rules live here.
 */
@AnalyzeClasses(packages = "com.yotosmartstream", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each module's root packages. */
    static final Map<String, String[]> MODULE_PACKAGES = Map.of(
            "yoto-client", new String[] {"com.yotosmartstream.core..", "com.yotosmartstream.client.."},
            "embedded-streamer", new String[] {"com.yotosmartstream.streamer.."},
            "story-editor", new String[] {"com.yotosmartstream.story.."},
            "icons", new String[] {"com.yotosmartstream.icons.."},
            "app", new String[] {"com.yotosmartstream.app.."});

    @ArchTest
    static final ArchRule modulesDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("app").definedBy(MODULE_PACKAGES.get("app"))
            .layer("embedded-streamer").definedBy(MODULE_PACKAGES.get("embedded-streamer"))
            .layer("story-editor").definedBy(MODULE_PACKAGES.get("story-editor"))
            .layer("icons").definedBy(MODULE_PACKAGES.get("icons"))
            .layer("yoto-client").definedBy(MODULE_PACKAGES.get("yoto-client"))
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("embedded-streamer").mayOnlyBeAccessedByLayers("app")
            .whereLayer("story-editor").mayOnlyBeAccessedByLayers("app")
            .whereLayer("icons").mayOnlyBeAccessedByLayers("app")
            .whereLayer("yoto-client").mayOnlyBeAccessedByLayers("app", "embedded-streamer", "story-editor", "icons")
            .because("dependencies point one way: app -> story-editor | embedded-streamer | icons -> yoto-client");

    @ArchTest
    static final ArchRule everyClassLivesInItsOwnModulesPackages = classes()
            .should(liveInTheirModulesPackages())
            .because("a class put in another module's package would slip past the dependency rule");

    @ArchTest
    static final ArchRule modelAndLogicDoNotTouchTheSceneGraph = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("model and logic packages import nothing from javafx.scene; views live in ..ui.. packages");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .allowEmptyShould(true)
            .because("view models hold state as properties and know nothing of the view");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("main code logs through SLF4J");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule threadsComeOnlyFromTheFactory = noClasses()
            .that().doNotHaveFullyQualifiedName(NamedThreadFactory.class.getName())
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("background work goes through the task executor; no bare new Thread in main code");

    private static ArchCondition<JavaClass> liveInTheirModulesPackages() {
        return new ArchCondition<>("live in the root packages of the module that holds them") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> module = moduleOf(javaClass);
                if (module.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " comes from no known module: " + javaClass.getSource()));
                    return;
                }
                boolean inside = false;
                for (String pattern : MODULE_PACKAGES.get(module.get())) {
                    String root = pattern.substring(0, pattern.length() - 2);
                    inside |= javaClass.getPackageName().equals(root) || javaClass.getPackageName().startsWith(root + ".");
                }
                events.add(new SimpleConditionEvent(javaClass, inside, javaClass.getName() + " is in module "
                        + module.get() + (inside ? "" : " but outside its packages " + String.join(", ",
                        MODULE_PACKAGES.get(module.get())))));
            }
        };
    }

    private static final Pattern CLASSES_DIR = Pattern.compile("/([a-z-]+)/target/classes/");
    private static final Pattern JAR = Pattern.compile("/([a-z-]+)-\\d[^/]*\\.jar!");

    /** The module a class was compiled in: from its classes folder (reactor) or its jar (installed). */
    static Optional<String> moduleOf(JavaClass javaClass) {
        String location = javaClass.getSource().map(s -> s.getUri().toString()).orElse("");
        for (Pattern pattern : new Pattern[] {CLASSES_DIR, JAR}) {
            Matcher m = pattern.matcher(location);
            if (m.find() && MODULE_PACKAGES.containsKey(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
