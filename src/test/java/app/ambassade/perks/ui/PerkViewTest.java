package app.ambassade.perks.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The member screens' tests: a brand with a manager who publishes perks and a member who browses them. */
abstract class PerkViewTest extends KaribuTest {

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks memberPerks;

    @Autowired
    PerksFixtures fixtures;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser member;

    @BeforeEach
    void seedBrand() {
        tenant = data.tenant("perks");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@perks.example");
        member = data.person(tenant, Role.MEMBER, "ana@perks.example");
    }
}
