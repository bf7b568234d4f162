package app.ambassade.proxy;

import app.ambassade.support.RawHttp;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.util.Map;

/** Requests as a reverse proxy (or someone pretending to be one) sends them to a node. */
record ForwardedRequests(int port) {

    static final int WIDGET_LIMIT_PER_MINUTE = 30;

    String host(TenantSummary brand) {
        return brand.slug() + ".localhost:" + port;
    }

    RawHttp.Response get(TenantSummary brand, String path, Map<String, String> headers) throws IOException {
        return RawHttp.get(port, host(brand), path, headers);
    }

    /** Widget requests (any key: the per-client limit is checked first) until the first 429, at most limit + 1. */
    int widgetAnswersBeforeRefusal(TenantSummary brand, java.util.function.IntFunction<String> clientOfRequest)
            throws IOException {
        for (int i = 0; i <= WIDGET_LIMIT_PER_MINUTE; i++) {
            RawHttp.Response answer =
                    get(brand, "/widget/unknown-key.json", Map.of("X-Forwarded-For", clientOfRequest.apply(i)));
            if (answer.status() == 429) {
                return i;
            }
        }
        return WIDGET_LIMIT_PER_MINUTE + 1;
    }
}
