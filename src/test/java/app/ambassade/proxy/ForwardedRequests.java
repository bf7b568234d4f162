package app.ambassade.proxy;

import app.ambassade.support.LimitProbe;
import app.ambassade.support.RawHttp;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.util.Map;
import java.util.function.IntFunction;

/** Requests as a reverse proxy (or someone pretending to be one) sends them to a node. */
record ForwardedRequests(int port) {

    String host(TenantSummary brand) {
        return brand.slug() + ".localhost:" + port;
    }

    RawHttp.Response get(TenantSummary brand, String path, Map<String, String> headers) throws IOException {
        return RawHttp.get(port, host(brand), path, headers);
    }

    /** Widget requests, each forwarded for the given client, until the first 429 (at most two budgets). */
    LimitProbe widgetUntilRefused(TenantSummary brand, IntFunction<String> clientOfRequest) throws IOException {
        return LimitProbe.widget(
                port,
                host(brand),
                i -> Map.of("X-Forwarded-For", clientOfRequest.apply(i)),
                2 * LimitProbe.WIDGET_PER_MINUTE);
    }
}
