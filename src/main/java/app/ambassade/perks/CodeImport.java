package app.ambassade.perks;

import app.ambassade.perks.CodeImportRefused.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads single-use codes from a CSV file: one code per line, in the first column; an optional header
 * named "code". Blank lines, duplicates, over-long codes and too many lines are all reported with their
 * line numbers, and the import is refused as a whole (nothing half-saved). The file's size and its number
 * of codes are bounded by {@link PerkLimits}.
 */
final class CodeImport {

    static final int MAX_PROBLEMS = 20;

    private CodeImport() {}

    static List<String> parse(byte[] content, PerkLimits limits) {
        if (content == null || content.length == 0) {
            throw new CodeImportRefused(List.of(new Problem("perks.codes.error.empty", 0, "")));
        }
        if (content.length > limits.codesFileMaxBytes()) {
            throw new CodeImportRefused(List.of(new Problem("perks.codes.error.too-large", 0, "")));
        }
        String text = decode(content);
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--; // a final newline (or several) is not a blank line in the middle of the file
        }
        for (int i = 0; i < last && problems.size() < MAX_PROBLEMS; i++) {
            long lineNumber = i + 1L;
            String code = firstColumn(lines[i]);
            if (i == 0 && code.equalsIgnoreCase("code")) {
                continue;
            }
            if (code.isEmpty()) {
                problems.add(new Problem("perks.codes.error.blank-line", lineNumber, ""));
            } else if (code.length() > PerkFormRules.CODE_MAX) {
                problems.add(new Problem("perks.codes.error.too-long", lineNumber, code.substring(0, 20) + "…"));
            } else if (!codes.add(code)) {
                problems.add(new Problem("perks.codes.error.duplicate", lineNumber, code));
            }
            if (codes.size() > limits.codesPerImport()) {
                problems.add(new Problem("perks.codes.error.too-many", lineNumber, ""));
                break;
            }
        }
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("perks.codes.error.empty", 0, ""));
        }
        if (!problems.isEmpty()) {
            throw new CodeImportRefused(problems);
        }
        return List.copyOf(codes);
    }

    /** Refuses codes that the perk already holds (line numbers from the file). */
    static void refuseExisting(List<String> codes, List<String> existing) {
        if (existing.isEmpty()) {
            return;
        }
        Set<String> known = Set.copyOf(existing);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < codes.size() && problems.size() < MAX_PROBLEMS; i++) {
            if (known.contains(codes.get(i))) {
                problems.add(new Problem("perks.codes.error.exists", 0, codes.get(i)));
            }
        }
        throw new CodeImportRefused(problems);
    }

    private static String firstColumn(String line) {
        if (line.isBlank()) {
            return "";
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? "" : records.getFirst().get(0).strip();
        } catch (IOException | RuntimeException malformed) {
            return line.strip();
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CodeImportRefused(List.of(new Problem("perks.codes.error.encoding", 0, "")));
        }
    }
}
