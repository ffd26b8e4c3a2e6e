package com.hirefit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports point down only, checked over the compiled classes (tests left out): web, cli and webhook on top, then
 * reports, scenarios, decisions and the fairness audit, screening, the rules, and at the bottom what the rules read (ingest, job, candidate,
 * vocabulary). Within the rules: the engine stands on the DRL model and its lint, and the authoring tools and the
 * service runtime stand on the engine. Run by {@code mvn -B test}.
 */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTheMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.hirefit");
    }

    @Test
    void noRulesClassImportsScreeningWebCliWebhookOrTheAudit() {
        noClasses().that().resideInAPackage("com.hirefit.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("com.hirefit.screening..", "com.hirefit.web..",
                        "com.hirefit.cli..", "com.hirefit.webhook..", "com.hirefit.scenarios..", "com.hirefit.report..",
                        "com.hirefit.fairness..")
                .check(classes);
    }

    @Test
    void importsPointDownOnly() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("com.hirefit..")
                .layer("entry points").definedBy("com.hirefit", "com.hirefit.cli..", "com.hirefit.web..")
                .layer("webhook").definedBy("com.hirefit.webhook..")
                .layer("reports and scenarios").definedBy("com.hirefit.report..", "com.hirefit.scenarios..", "com.hirefit.decision..",
                        "com.hirefit.fairness..")
                .layer("screening").definedBy("com.hirefit.screening..")
                .layer("rules").definedBy("com.hirefit.rules..")
                .layer("inputs").definedBy("com.hirefit.ingest..", "com.hirefit.job..", "com.hirefit.candidate..",
                        "com.hirefit.vocabulary..")
                .layer("users and security").definedBy("com.hirefit.user..", "com.hirefit.security..")
                .whereLayer("entry points").mayNotBeAccessedByAnyLayer()
                .whereLayer("webhook").mayOnlyBeAccessedByLayers("entry points")
                .whereLayer("reports and scenarios").mayOnlyBeAccessedByLayers("entry points", "webhook")
                .whereLayer("screening").mayOnlyBeAccessedByLayers("entry points", "webhook", "reports and scenarios")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("entry points", "webhook", "reports and scenarios", "screening")
                .whereLayer("users and security").mayOnlyBeAccessedByLayers("entry points")
                .check(classes);
    }

    @Test
    void withinTheRulesTheEngineStandsOnTheDrlModelAndTheToolsOnTheEngine() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("com.hirefit.rules..")
                .layer("service runtime").definedBy("com.hirefit.rules.service..")
                .layer("authoring tools").definedBy("com.hirefit.rules.authoring..")
                .layer("engine").definedBy("com.hirefit.rules")
                .layer("DRL model and lint").definedBy("com.hirefit.rules.drl..")
                .layer("facts").definedBy("com.hirefit.rules.facts..")
                .whereLayer("service runtime").mayNotBeAccessedByAnyLayer()
                .whereLayer("authoring tools").mayOnlyBeAccessedByLayers("service runtime")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("service runtime", "authoring tools")
                .whereLayer("DRL model and lint").mayOnlyBeAccessedByLayers("service runtime", "authoring tools", "engine")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("com.hirefit.(**)").should().beFreeOfCycles().check(classes);
    }
}
