package app.ambassade.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.MembershipStatus;
import app.ambassade.community.Reaction;
import app.ambassade.community.Visibility;
import app.ambassade.i18n.JavaSources.Call;
import app.ambassade.i18n.JavaSources.SourceFile;
import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.Role;
import app.ambassade.identity.security.LoginRefusal;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewSource;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.tenancy.TenantStatus;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translation key written in the main sources exists in English and in French. Keys are
 * found where they are used: {@code getTranslation("...")}, {@code translate("...")},
 * {@code @Menu(title = "...")}, {@code Notifications.success/error(view, "...")},
 * {@code InvalidInputException.of(field, "...")} and {@code Checks.require(condition, field, "...")}.
 * A key built at run time ({@code "role." + role}) is checked by enumerating its possible values
 * in {@link #DYNAMIC}; a dynamic key with no enumeration fails the test.
 */
class UsedKeysExistTest {

    /** Calls whose argument at the given index is a translation key. */
    private static final Map<String, Integer> KEY_ARGUMENT = new LinkedHashMap<>();

    static {
        KEY_ARGUMENT.put("\\bgetTranslation", 0);
        KEY_ARGUMENT.put("\\btranslate", 0);
        KEY_ARGUMENT.put("\\bNotifications\\s*\\.\\s*(?:success|error)", 1);
        KEY_ARGUMENT.put("\\bInvalidInputException\\s*\\.\\s*of", 1);
        KEY_ARGUMENT.put("\\.\\s*require", 2);
    }

    private static final Pattern MENU_TITLE =
            Pattern.compile("@Menu\\s*\\([^)]*?\\btitle\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    /**
     * Keys built at run time, by their literal prefix: every key the code can build. Add an entry
     * when you build keys from a new prefix. (people.status.* and platform.status.* are built by the
     * people and tenant views from the AccountStatus and TenantStatus enums.)
     */
    private static final Map<String, Supplier<Set<String>>> DYNAMIC = Map.ofEntries(
            Map.entry("role.", UsedKeysExistTest::roleKeys),
            Map.entry(
                    "language.",
                    () -> TranslationProvider.LOCALES.stream()
                            .map(l -> "language." + l.getLanguage())
                            .collect(Collectors.toSet())),
            Map.entry("login.error.", UsedKeysExistTest::loginErrorKeys),
            Map.entry("mail.", UsedKeysExistTest::mailKeys),
            Map.entry("people.status.", () -> enumKeys("people.status.", AccountStatus.values())),
            Map.entry("platform.status.", () -> enumKeys("platform.status.", TenantStatus.values())),
            Map.entry(
                    "account.notice.",
                    () -> Set.of(
                            "account.notice.invitation-accepted",
                            "account.notice.email-verified",
                            "account.notice.password-reset")),
            Map.entry("reviews.status.", () -> enumKeys("reviews.status.", ReviewStatus.values())),
            Map.entry("reviews.source.", () -> enumKeys("reviews.source.", ReviewSource.values())),
            Map.entry(
                    "reviews.criterion.",
                    () -> Stream.concat(
                                    enumKeys("reviews.criterion.", ReviewRefusalCriterion.values()).stream(),
                                    Arrays.stream(ReviewRefusalCriterion.values())
                                            .map(c -> "reviews.criterion." + c.name() + ".description"))
                            .collect(Collectors.toSet())),
            Map.entry("community.visibility.", () -> enumKeys("community.visibility.", Visibility.values())),
            Map.entry("community.reaction.", () -> enumKeys("community.reaction.", Reaction.values())),
            Map.entry("community.status.", () -> enumKeys("community.status.", MembershipStatus.values())));

    /** A key expression found in the sources: an exact key, or a dynamic key with its literal prefix. */
    record Use(String where, String key, Pattern dynamicShape, String prefix) {

        boolean dynamic() {
            return dynamicShape != null;
        }
    }

    @Test
    void theScanFindsTheKeysOfTheFoundation() {
        assertThat(uses())
                .extracting(Use::key)
                .contains(
                        "nav.home",
                        "login.page-title",
                        "validation.slug-format",
                        "validation.password-policy",
                        "error.unexpected");
        assertThat(uses())
                .filteredOn(Use::dynamic)
                .extracting(Use::prefix)
                .contains("role.", "language.", "login.error.");
    }

    @Test
    void everyLiteralKeyExistsInEnglishAndFrench() {
        Map<String, String> english = Bundles.merged(false);
        Map<String, String> french = Bundles.merged(true);
        List<String> missing = new ArrayList<>();
        for (Use use : uses()) {
            if (!use.dynamic()) {
                if (!english.containsKey(use.key())) {
                    missing.add(use.where() + " " + use.key() + " (English)");
                }
                if (!french.containsKey(use.key())) {
                    missing.add(use.where() + " " + use.key() + " (French)");
                }
            }
        }
        assertThat(missing)
                .as("translation keys used in code but missing from the bundles")
                .isEmpty();
    }

    @Test
    void everyDynamicKeyIsEnumeratedAndEveryEnumeratedKeyExists() {
        Map<String, String> english = Bundles.merged(false);
        Map<String, String> french = Bundles.merged(true);
        List<String> problems = new ArrayList<>();
        for (Use use : uses()) {
            if (!use.dynamic()) {
                continue;
            }
            Supplier<Set<String>> enumeration = DYNAMIC.get(use.prefix());
            if (enumeration == null) {
                problems.add(use.where() + " builds keys from prefix '" + use.prefix()
                        + "': enumerate them in UsedKeysExistTest.DYNAMIC");
                continue;
            }
            Set<String> keys = enumeration.get().stream()
                    .filter(k -> use.dynamicShape().matcher(k).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (keys.isEmpty()) {
                problems.add(use.where() + " builds keys shaped " + use.dynamicShape() + " but the enumeration of '"
                        + use.prefix() + "' has none of that shape");
            }
            keys.stream()
                    .filter(k -> !english.containsKey(k))
                    .forEach(k -> problems.add(use.where() + " " + k + " (English)"));
            keys.stream()
                    .filter(k -> !french.containsKey(k))
                    .forEach(k -> problems.add(use.where() + " " + k + " (French)"));
        }
        assertThat(problems).isEmpty();
    }

    // --- enumerations of dynamic keys -----------------------------------------------------

    static Set<String> enumKeys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).collect(Collectors.toSet());
    }

    static Set<String> roleKeys() {
        Stream<String> tenantRoles = Arrays.stream(Role.values()).map(Role::name);
        Stream<String> allRoles = Arrays.stream(Roles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(UsedKeysExistTest::constant);
        return Stream.concat(tenantRoles, allRoles).map(r -> "role." + r).collect(Collectors.toSet());
    }

    /** The codes LoginFailureHandler sends to the login page, and "credentials" for a wrong password. */
    static Set<String> loginErrorKeys() {
        Stream<String> codes = Stream.concat(
                Stream.of("credentials"),
                Arrays.stream(LoginRefusal.Reason.values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return codes.flatMap(c -> Stream.of("login.error." + c + ".title", "login.error." + c + ".text"))
                .collect(Collectors.toSet());
    }

    /** E-mails are written by IdentityMails.send(tenant, to, locale, kind, path, token, extra). */
    static Set<String> mailKeys() {
        Set<String> kinds = new TreeSet<>();
        for (SourceFile file : JavaSources.mainSources(p -> true)) {
            for (Call call : JavaSources.calls(file, "\\bmails\\s*\\.\\s*send")) {
                if (call.args().size() == 7 && JavaSources.isLiteral(call.args().get(3))) {
                    kinds.add(JavaSources.literalValue(call.args().get(3)));
                }
            }
        }
        return kinds.stream()
                .flatMap(k -> Stream.of("mail." + k + ".subject", "mail." + k + ".body"))
                .collect(Collectors.toSet());
    }

    // --- scanning -------------------------------------------------------------------------

    static List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (SourceFile file : JavaSources.mainSources(p -> true)) {
            KEY_ARGUMENT.forEach((callee, index) -> {
                for (Call call : JavaSources.calls(file, callee)) {
                    if (call.args().size() > index
                            && !(index == 2 && call.args().size() != 3)) {
                        uses.addAll(keysOf(call.where(), call.args().get(index)));
                    }
                }
            });
            Matcher menu = MENU_TITLE.matcher(file.code());
            while (menu.find()) {
                uses.add(new Use(file.where(menu.start()), JavaSources.literalValue(menu.group(1)), null, null));
            }
        }
        return uses;
    }

    /** The keys an argument expression can denote: literals, both branches of a ?:, or a concatenation. */
    static List<Use> keysOf(String where, String expression) {
        List<String> ternary = JavaSources.splitTopLevel(expression, '?');
        if (ternary.size() > 1) {
            String branches = String.join("?", ternary.subList(1, ternary.size()));
            List<Use> uses = new ArrayList<>();
            JavaSources.splitTopLevel(branches, ':').forEach(b -> uses.addAll(keysOf(where, b)));
            return uses;
        }
        List<String> operands = JavaSources.splitTopLevel(expression, '+');
        if (operands.size() == 1) {
            return JavaSources.isLiteral(expression)
                    ? List.of(new Use(where, JavaSources.literalValue(expression), null, null))
                    : List.of(); // a variable or a call: the key is checked where it is written
        }
        StringBuilder shape = new StringBuilder();
        for (String operand : operands) {
            shape.append(
                    JavaSources.isLiteral(operand)
                            ? Pattern.quote(JavaSources.literalValue(operand))
                            : "[A-Za-z0-9_-]+");
        }
        String prefix = JavaSources.isLiteral(operands.getFirst()) ? JavaSources.literalValue(operands.getFirst()) : "";
        return List.of(new Use(where, expression, Pattern.compile(shape.toString()), prefix));
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
