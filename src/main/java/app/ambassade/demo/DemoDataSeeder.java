package app.ambassade.demo;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.Role;
import app.ambassade.shared.security.Roles;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.TenantBranding;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded default only (ambassade.demo-data=true, never in the mysql profile):
 * two brands, their people and a platform admin, created once on an empty database.
 * Every demo account uses the password {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "ambassade.demo-data", havingValue = "true")
class DemoDataSeeder {

    static final String PASSWORD = "ambassade-demo-1";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final TenantService tenants;
    private final AccountProvisioning provisioning;

    DemoDataSeeder(TenantService tenants, AccountProvisioning provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    record Person(String email, String name, Role role, Locale locale) {}

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (tenants.findBySlug("maison-lumiere").isPresent()) {
            return;
        }
        log.info("Seeding demo tenants and people (embedded default)");
        provisioning.ensurePlatformAdmin("admin@ambassade.local", "Alex Platform", PASSWORD, Locale.ENGLISH);
        var system = new UsernamePasswordAuthenticationToken(
                "demo-seed", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN)));
        SecurityContextHolder.getContext().setAuthentication(system);
        try {
            brand(
                    "maison-lumiere",
                    new TenantBranding("Maison Lumière", Locale.FRENCH, "#b5476b"),
                    List.of(
                            new Person("claire@maison-lumiere.fr", "Claire Dubois", Role.BRAND_MANAGER, Locale.FRENCH),
                            new Person("ines@example.fr", "Inès Martin", Role.AMBASSADOR, Locale.FRENCH),
                            new Person("lucas@example.fr", "Lucas Bernard", Role.MEMBER, Locale.FRENCH),
                            new Person("chloe@example.fr", "Chloé Petit", Role.MEMBER, Locale.FRENCH),
                            new Person("hugo@example.fr", "Hugo Laurent", Role.MEMBER, Locale.ENGLISH)));

            brand(
                    "cimes-outdoor",
                    new TenantBranding("Cimes Outdoor", Locale.ENGLISH, "#2f6b3a"),
                    List.of(
                            new Person("sam@cimes-outdoor.com", "Sam Carter", Role.BRAND_MANAGER, Locale.ENGLISH),
                            new Person("maya@example.com", "Maya Lopez", Role.AMBASSADOR, Locale.ENGLISH),
                            new Person("noah@example.com", "Noah Wilson", Role.MEMBER, Locale.ENGLISH),
                            new Person("lea@example.com", "Léa Moreau", Role.MEMBER, Locale.FRENCH),
                            // Same e-mail as in Maison Lumière: a separate account in a separate tenant.
                            new Person("chloe@example.fr", "Chloé Petit", Role.MEMBER, Locale.FRENCH)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A brand with its logo (classpath {@code demo/<slug>.png}) and its people, all active. */
    private void brand(String slug, TenantBranding branding, List<Person> people) {
        TenantSummary tenant = tenants.create(slug, branding);
        tenants.replaceLogo(tenant.id(), logo("demo/" + slug + ".png"));
        people.forEach(p ->
                provisioning.createActiveAccount(tenant.id(), p.email(), p.name(), p.role(), PASSWORD, p.locale()));
    }

    private static LogoUpload logo(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new LogoUpload(path, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Missing demo logo " + path, e);
        }
    }
}
