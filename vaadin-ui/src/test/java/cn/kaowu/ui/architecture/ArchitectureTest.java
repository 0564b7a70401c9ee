package cn.kaowu.ui.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules' arrows point inward (vaadin-ui → paper-generator → question-bank → exam-core),
 * and domain rules stay plain Java.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaowu");
    }

    @Test
    void exam_core_depends_on_no_other_module() {
        noClasses().that().resideInAPackage("cn.kaowu.core..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.kaowu.bank..", "cn.kaowu.paper..", "cn.kaowu.ui..")
                .check(classes);
    }

    @Test
    void the_question_bank_depends_only_on_exam_core() {
        noClasses().that().resideInAPackage("cn.kaowu.bank..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.kaowu.paper..", "cn.kaowu.ui..")
                .check(classes);
    }

    @Test
    void the_paper_generator_does_not_depend_on_the_ui() {
        noClasses().that().resideInAPackage("cn.kaowu.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.kaowu.ui..")
                .check(classes);
    }

    @Test
    void no_module_below_the_ui_knows_vaadin() {
        noClasses().that().resideInAnyPackage("cn.kaowu.core..", "cn.kaowu.bank..", "cn.kaowu.paper..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void domain_rules_are_plain_java() {
        noClasses().that().resideInAnyPackage("..domain..", "cn.kaowu.core.policy..")
                .or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "com.vaadin..", "jakarta.inject..",
                        "jakarta.transaction..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
