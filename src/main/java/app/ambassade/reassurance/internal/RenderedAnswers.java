package app.ambassade.reassurance.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Public answers rendered once per copy of a brand's published content and per variant (page and
 * language, widget and language), with their ETag. {@link PublicTrustContent} keeps one copy per brand
 * for {@code ambassade.public.content-cache}; a fresher copy is another key, so nothing stale is served
 * and a page view between two reads costs neither rendering nor hashing.
 */
@Component
class RenderedAnswers {

    record Rendered(String body, String etag) {}

    // Weak keys compare by identity: a copy of the content is its own key, dropped once unused.
    private final Cache<Object, Map<String, Rendered>> byContent =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    Rendered of(Object content, String variant, Supplier<String> render) {
        return byContent.get(content, any -> new ConcurrentHashMap<>()).computeIfAbsent(variant, any -> {
            String body = render.get();
            return new Rendered(body, PublicTrustController.etag(body));
        });
    }
}
