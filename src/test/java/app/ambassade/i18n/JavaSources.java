package app.ambassade.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Just enough Java lexing to find calls in source text and read their arguments: string literals
 * (including text blocks) and comments are understood, so that a comma or a parenthesis inside a
 * string does not end an argument and a commented-out call is not seen.
 */
final class JavaSources {

    static final Path MAIN = Path.of("src/main/java");

    private JavaSources() {}

    /** A source file with its comments blanked out (line numbers kept). */
    record SourceFile(Path path, String code) {

        int lineOf(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < code.length(); i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        String where(int offset) {
            return MAIN.relativize(path) + ":" + lineOf(offset);
        }
    }

    /** A call found in a file: where it starts, and its arguments as source text. */
    record Call(SourceFile file, int offset, String name, List<String> args) {

        String where() {
            return file.where(offset);
        }
    }

    /** A string literal written at the top level of an expression (not inside a nested call). */
    record Literal(String value) {}

    static List<SourceFile> mainSources(Predicate<Path> filter) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> filter.test(MAIN.relativize(p)))
                    .sorted()
                    .map(p -> new SourceFile(p, blankComments(read(p))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every call whose name matches {@code callee} (a regex for the text right before the opening
     * parenthesis, such as {@code \bgetTranslation} or {@code new\s+Button(?:<[^>]*>)?}).
     */
    static List<Call> calls(SourceFile file, String callee) {
        List<Call> calls = new ArrayList<>();
        Matcher m = Pattern.compile("(" + callee + ")\\s*\\(").matcher(file.code());
        while (m.find()) {
            if (insideString(file.code(), m.start())) {
                continue;
            }
            calls.add(new Call(file, m.start(), m.group(1), arguments(file.code(), m.end() - 1)));
        }
        return calls;
    }

    /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
    static List<String> arguments(String code, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    String last = code.substring(start, i).strip();
                    if (!last.isEmpty() || !args.isEmpty()) {
                        args.add(last);
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(code.substring(start, i).strip());
                start = i + 1;
            }
        }
        return args;
    }

    /** String literals standing at the top level of an expression, in order. */
    static List<Literal> topLevelLiterals(String expression) {
        List<Literal> literals = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                int end = endOfLiteral(expression, i);
                if (depth == 0) {
                    literals.add(new Literal(decode(expression.substring(i, end))));
                }
                i = end - 1;
            } else if (c == '\'') {
                i = endOfLiteral(expression, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return literals;
    }

    /** Splits an expression at a top-level operator character ({@code +}, {@code ?}, {@code :}). */
    static List<String> splitTopLevel(String expression, char operator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(expression, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == operator
                    && depth == 0
                    && !(operator == ':' && i + 1 < expression.length() && expression.charAt(i + 1) == ':')
                    && !(operator == ':' && i > 0 && expression.charAt(i - 1) == ':')) {
                parts.add(expression.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(expression.substring(start).strip());
        return parts;
    }

    /** Whether the expression is one string literal and nothing else. */
    static boolean isLiteral(String expression) {
        String e = expression.strip();
        return e.startsWith("\"") && endOfLiteral(e, 0) == e.length();
    }

    static String literalValue(String expression) {
        return decode(expression.strip());
    }

    /** Index just after the string/char literal or text block that starts at {@code start}. */
    static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            while (end > 0 && code.charAt(end - 1) == '\\') {
                end = code.indexOf("\"\"\"", end + 1);
            }
            return end < 0 ? code.length() : end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }

    /** Replaces comments by spaces, keeping newlines and string literals. */
    static String blankComments(String source) {
        StringBuilder out = new StringBuilder(source);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i) - 1;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(out, i, end);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static boolean insideString(String code, int offset) {
        int lineStart = code.lastIndexOf('\n', offset) + 1;
        for (int i = lineStart; i < offset; i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                if (end > offset) {
                    return true;
                }
                i = end - 1;
            }
        }
        return false;
    }

    private static String decode(String literal) {
        String body;
        if (literal.startsWith("\"\"\"")) {
            body = literal.substring(3, Math.max(3, literal.length() - 3));
        } else {
            body = literal.substring(1, Math.max(1, literal.length() - 1));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        while (i + 1 < body.length() && body.charAt(i + 1) == 'u') {
                            i++;
                        }
                        out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
