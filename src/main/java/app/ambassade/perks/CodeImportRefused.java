package app.ambassade.perks;

import app.ambassade.shared.validation.InvalidInputException;
import java.util.List;
import java.util.Map;

/** A file of single-use codes refused as a whole, with each problem (i18n key, 1-based line, code). */
public class CodeImportRefused extends InvalidInputException {

    /** One problem of the file; {@code line} is 0 when it concerns the whole file or an existing code. */
    public record Problem(String key, long line, String code) {}

    private final transient List<Problem> problems;

    public CodeImportRefused(List<Problem> problems) {
        super(Map.of("codes", "perks.codes.error.refused"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
