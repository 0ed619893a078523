package de.auftritt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;

/** The habits of STYLE.md, kept by the build. */
@AnalyzeClasses(packages = "de.auftritt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class)
        .because("dependencies come through constructors");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
        .should().notBePublic();

    @ArchTest
    static final ArchRule domainHasNoWebCode = noClasses()
        .that().resideInAnyPackage("de.auftritt.blog..", "de.auftritt.contact..", "de.auftritt.site..")
        .and().areNotAnnotatedWith(Controller.class)
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.ui..", "jakarta.servlet..")
        .because("only controllers deal with requests and models");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheAdminArea = noClasses()
        .that().resideOutsideOfPackage("de.auftritt.admin..")
        .should().dependOnClassesThat().resideInAPackage("de.auftritt.admin..");

    @ArchTest
    static final ArchRule onlyTheSqliteCornerKnowsSqlite = noClasses()
        .that().resideOutsideOfPackage("de.auftritt.config.sqlite..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.hibernate.community.dialect..");
}
