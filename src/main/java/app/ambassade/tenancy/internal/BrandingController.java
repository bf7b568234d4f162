package app.ambassade.tenancy.internal;

import app.ambassade.tenancy.TenantService;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Serves tenant logos publicly and statelessly, with an ETag so browsers revalidate cheaply. */
@RestController
class BrandingController {

    private final TenantService tenants;

    BrandingController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/branding/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug, WebRequest request) {
        return tenants.logo(slug)
                .map(logo -> {
                    String etag = "\"" + logo.sha256() + "\"";
                    if (request.checkNotModified(etag)) {
                        return ResponseEntity.status(304).eTag(etag).<byte[]>build();
                    }
                    return ResponseEntity.ok()
                            .eTag(etag)
                            .cacheControl(
                                    CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                            .header("X-Content-Type-Options", "nosniff")
                            .contentType(MediaType.parseMediaType(logo.contentType()))
                            .body(logo.content());
                })
                .orElse(ResponseEntity.notFound().build());
    }
}
