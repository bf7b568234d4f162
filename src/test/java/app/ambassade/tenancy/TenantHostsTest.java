package app.ambassade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantHostsTest {

    private final TenantHosts hosts = new TenantHosts("http://localhost:8080");

    @Test
    void aSubDomainOfThePublicHostNamesTheTenant() {
        assertThat(hosts.slugOf("maison-lumiere.localhost:8080")).contains("maison-lumiere");
        assertThat(hosts.slugOf("Maison-Lumiere.LOCALHOST")).contains("maison-lumiere");
    }

    @Test
    void theBareHostAndForeignHostsNameNoTenant() {
        assertThat(hosts.slugOf("localhost:8080")).isEmpty();
        assertThat(hosts.slugOf("127.0.0.1")).isEmpty();
        assertThat(hosts.slugOf("evil.example.com")).isEmpty();
        assertThat(hosts.slugOf("a.b.localhost")).isEmpty();
        assertThat(hosts.slugOf(null)).isEmpty();
    }

    @Test
    void tenantUrlsAreBuiltOnThePublicAddress() {
        assertThat(hosts.tenantUrl("cimes-outdoor")).isEqualTo("http://cimes-outdoor.localhost:8080");
        assertThat(hosts.platformUrl()).isEqualTo("http://localhost:8080");
    }
}
