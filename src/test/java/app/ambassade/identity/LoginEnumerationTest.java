package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The login form over real HTTP must not tell whether an address has an account: an existing
 * account and an unknown address get the same answers, in the same order (locked after the fifth
 * failure) and in about the same time. And one client cannot try without end across accounts:
 * after {@code ambassade.login.client-failures-per-minute} (30) failures in a minute it gets 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginEnumerationTest {

    private static final String WRONG = "wrong-password-1";
    private static final int CLIENT_LIMIT = 30;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** Every request of the tests comes from 127.0.0.1: start and leave with no failure counted for it. */
    @BeforeEach
    @AfterEach
    void forgetClientFailures() {
        jdbc.update("delete from login_client");
    }

    @Test
    void aLockedAccountAndAnUnknownAddressGetTheSameAnswersInAboutTheSameTime() throws IOException {
        TenantSummary tenant = data.tenant("enum");
        data.person(tenant, Role.MEMBER, "member@enum.example");
        RawHttp.LoginPage page = RawHttp.loginPage(port, host(tenant));

        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            known.add(answer(attempt(page, tenant, "member@enum.example")));
            unknown.add(answer(attempt(page, tenant, "nobody@enum.example")));
        }
        assertThat(known)
                .containsExactly(
                        "302 /login?error=credentials",
                        "302 /login?error=credentials",
                        "302 /login?error=credentials",
                        "302 /login?error=credentials",
                        "302 /login?error=locked");
        assertThat(unknown).as("an unknown address locks like an account").isEqualTo(known);

        // Both are locked now: the same answer, body included, and no quicker for one than the other.
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            long start = System.nanoTime();
            RawHttp.Response fromKnown = attempt(page, tenant, "member@enum.example");
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            RawHttp.Response fromUnknown = attempt(page, tenant, "nobody@enum.example");
            unknownTimes.add(System.nanoTime() - start);

            assertThat(answer(fromUnknown)).isEqualTo(answer(fromKnown)).isEqualTo("302 /login?error=locked");
            assertThat(fromUnknown.body()).isEqualTo(fromKnown.body());
        }
        double ratio = (double) median(knownTimes) / median(unknownTimes);
        assertThat(ratio)
                .as(
                        "median time of a locked account / of a locked unknown address (%s ms vs %s ms)",
                        median(knownTimes) / 1_000_000, median(unknownTimes) / 1_000_000)
                .isBetween(0.33, 3.0);
    }

    @Test
    void sixtyFailedLoginsFromOneAddressAcrossAccountsAreStoppedWith429() throws IOException {
        TenantSummary tenant = data.tenant("spray");
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add("person" + i + "@spray.example");
            data.person(tenant, Role.MEMBER, accounts.getLast());
        }
        RawHttp.LoginPage page = RawHttp.loginPage(port, host(tenant));

        // Password spraying: three guesses per account, under the per-account lock (the fifth failure),
        // so only the limit per client stops it.
        List<Integer> statuses = new ArrayList<>();
        for (int guess = 0; guess < 3; guess++) {
            for (String account : accounts) {
                statuses.add(attempt(page, tenant, account).status());
            }
        }

        assertThat(statuses.subList(0, CLIENT_LIMIT)).containsOnly(302);
        assertThat(statuses.subList(CLIENT_LIMIT, statuses.size())).containsOnly(429);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where tenant_id = ? and locked_until is not null",
                        Integer.class,
                        tenant.id()))
                .as("no account locked")
                .isZero();

        RawHttp.Response refused = RawHttp.postForm(
                port,
                host(tenant),
                "/login",
                page.form(accounts.getFirst(), TestData.PASSWORD),
                page.session(),
                Map.of("Accept-Language", "fr"));
        assertThat(refused.status())
                .as("even the right password, from this client, for now")
                .isEqualTo(429);
        assertThat(refused.header("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(refused.body()).startsWith("Trop de tentatives de connexion échouées depuis votre réseau.");
    }

    private RawHttp.Response attempt(RawHttp.LoginPage page, TenantSummary tenant, String email) throws IOException {
        return RawHttp.postForm(port, host(tenant), "/login", page.form(email, WRONG), page.session());
    }

    private static String answer(RawHttp.Response response) {
        String location = response.header("Location").orElse("");
        return response.status() + " "
                + location.substring(location.indexOf("/login") < 0 ? 0 : location.indexOf("/login"));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private String host(TenantSummary tenant) {
        return tenant.slug() + ".localhost:" + port;
    }
}
