package app.ambassade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.ambassade.shared.csv.CsvWriter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Every CSV the portal writes goes through the one writer that neutralises spreadsheet formulas. */
class CsvRulesTest {

    private static final Set<String> WRITING_METHODS = Set.of("print", "printer", "format");

    @Test
    void onlyTheSharedCsvWriterWritesCsv() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(CsvWriter.class.getName())
                .should()
                .dependOnClassesThat()
                .areAssignableTo(CSVPrinter.class)
                .orShould()
                .callMethodWhere(DescribedPredicate.describe(
                        "CSVFormat writes CSV",
                        (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(CSVFormat.class)
                                && WRITING_METHODS.contains(call.getName())))
                .because("a cell starting with = + - @ would run as a formula in the reader's spreadsheet: "
                        + "exports write through app.ambassade.shared.csv.CsvWriter, which neutralises them")
                .check(ArchitectureRulesTest.MAIN);
    }
}
