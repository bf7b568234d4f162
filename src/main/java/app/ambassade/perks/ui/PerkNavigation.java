package app.ambassade.perks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

/** Where the perk screens live (the member's and the brand team's): reached here, never by a typed path. */
@NamedInterface("navigation")
public final class PerkNavigation {

    static final String ID = "id";
    static final String NEW = "new";

    private PerkNavigation() {}

    /** The address of a perk as a member sees it ({@code perks/42}). */
    public static String perk(long perkId) {
        return url(PerkDetailView.class, id(perkId));
    }

    public static void navigateToPerk(long perkId) {
        UI.getCurrent().navigate(PerkDetailView.class, id(perkId));
    }

    public static void navigateToMyPerks() {
        UI.getCurrent().navigate(MyPerksView.class);
    }

    /** The brand team's list of perks ({@code manage/perks}). */
    public static String admin() {
        return RouteConfiguration.forApplicationScope().getUrl(PerksAdminView.class);
    }

    static void navigateToAdmin() {
        UI.getCurrent().navigate(PerksAdminView.class);
    }

    static String editor(long perkId) {
        return url(PerkEditorView.class, id(perkId));
    }

    static void navigateToEditor(long perkId) {
        UI.getCurrent().navigate(PerkEditorView.class, id(perkId));
    }

    static void navigateToNewPerk() {
        UI.getCurrent().navigate(PerkEditorView.class, new RouteParameters(ID, NEW));
    }

    static String claims(long perkId) {
        return url(PerkClaimsView.class, id(perkId));
    }

    static void navigateToClaims(long perkId) {
        UI.getCurrent().navigate(PerkClaimsView.class, id(perkId));
    }

    static String checkIn(long perkId) {
        return url(PerkCheckInView.class, id(perkId));
    }

    static void navigateToCheckIn(long perkId) {
        UI.getCurrent().navigate(PerkCheckInView.class, id(perkId));
    }

    static RouteParameters id(long perkId) {
        return new RouteParameters(ID, String.valueOf(perkId));
    }

    private static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }
}
