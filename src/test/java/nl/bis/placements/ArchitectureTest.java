package nl.bis.placements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.bis.placements.common.ProblemMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the README's code map: dependencies point one way (features, then the shared concepts
 * {@code student} and {@code placementtype}, then {@code common}), and the rules stay plain Java so that they can be
 * read and tested without the framework.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.bis.placements";
    private static final String[] FEATURES = {"..deadline..", "..placement..", "..destination..",
            "..preparation..", "..readiness..", "..klapp..", "..usmleclaim..", "..checklist..", "..incident..",
            "..progresstest..", "..safety..", "..message..", "..privacy.."};
    private static final String[] SHARED_CONCEPTS = {"..student..", "..placementtype..", "..document..",
            "..accesslog.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void sharedConceptsDoNotReachIntoFeatures() {
        noClasses().that().resideInAnyPackage(SHARED_CONCEPTS)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(main);
    }

    @Test
    void commonKnowsNoFeatureAndNoSharedConcept() {
        noClasses().that().resideInAPackage("..common..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage(SHARED_CONCEPTS)
                .check(main);
    }

    /** USMLE cost claims stand on their own: no other package builds on them. */
    @Test
    void nothingDependsOnUsmleClaims() {
        noClasses().that().resideOutsideOfPackage("..usmleclaim..")
                .should().dependOnClassesThat().resideInAPackage("..usmleclaim..")
                .check(main);
    }

    /** Features raise refusals (ApiException, domain exceptions); how a failure is answered is common's business. */
    @Test
    void onlyCommonKnowsHowFailuresAreAnswered() {
        noClasses().that().resideOutsideOfPackage("..common..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ProblemMapper.class.getName())
                .check(main);
    }

    @Test
    void theRulesArePlainJava() {
        // The rule classes and the records and enums nested in them.
        classes().that().haveNameMatching(
                        ".*\\.(DeadlineCalculator|PlacementLifecycle|PlacementChecks|ReadinessCheck|CourseSchedule"
                                + "|UsmleClaimRules|UsmleClaimLifecycle|ChecklistRules|HostRules|IncidentRules"
                                + "|ProgressTestRules|ContactRules|MessageText|MessageWording|PersonalDataRegister|PersonalData"
                                + "|RetentionKind)(\\$.*)?")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + "..")
                .andShould().onlyDependOnClassesThat().resideOutsideOfPackage(ROOT + ".api..")
                .andShould().onlyDependOnClassesThat().areNotAnnotatedWith(jakarta.persistence.Entity.class)
                .allowEmptyShould(false)
                .check(main);
    }
}
