package bench.bare;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The least a Spring Boot app does for the three kinds of public answer Ambassade gives: a small
 * HTML page, a small JSON record, a static script. No database, no security, no template engine.
 */
@SpringBootApplication
@RestController
public class BareApp {

    record Fact(String kind, String text) {}

    record Widget(String brand, String language, List<Fact> facts) {}

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Our commitments</title></head><body><main><h1>Our commitments</h1>"
            + "<p>Ships in 48 h. Returns within 30 days.</p></main></body></html>";

    public static void main(String[] args) {
        SpringApplication.run(BareApp.class, args);
    }

    @GetMapping(value = "/page", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return PAGE;
    }

    @GetMapping("/widget.json")
    Widget widget() {
        return new Widget(
                "Maison Lumière",
                "en",
                List.of(new Fact("DELIVERY_TIME", "Ships in 48 h"), new Fact("RETURNS", "Returns within 30 days")));
    }
}
