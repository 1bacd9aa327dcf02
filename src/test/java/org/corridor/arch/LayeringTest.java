package org.corridor.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, enforced: the core runs without a display, the UI never reaches down past it. */
class LayeringTest {

    private static final String[] CORE = {
        "org.corridor.corpus..", "org.corridor.entities..", "org.corridor.notes..", "org.corridor.compare..",
        "org.corridor.export..", "org.corridor.search..", "org.corridor.common..", "org.corridor.settings.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.corridor");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..")
                .because("the core must run headless: CLI, tests, benchmarks, a server later")
                .check(classes);
    }

    @Test
    void coreNeverImportsTheUiOrTheApp() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.corridor.ui..", "org.corridor.app..")
                .because("arrows point down only")
                .check(classes);
    }

    @Test
    void uiNeverImportsTheCompositionRoot() {
        noClasses().that().resideInAPackage("org.corridor.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.corridor.app")
                .because("services are injected by the composition root, never looked up")
                .check(classes);
    }
}
