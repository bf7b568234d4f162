package app.ambassade.reassurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedAnswersTest {

    final RenderedAnswers answers = new RenderedAnswers();
    final AtomicInteger renders = new AtomicInteger();

    @Test
    void oneCopyOfTheContentIsRenderedOncePerVariantWithTheEtagOfItsBody() {
        List<String> content = List.of("labels");

        RenderedAnswers.Rendered first = answers.of(content, "page:fr", () -> render("fr"));
        RenderedAnswers.Rendered again = answers.of(content, "page:fr", () -> render("fr"));
        RenderedAnswers.Rendered english = answers.of(content, "page:en", () -> render("en"));

        assertThat(renders).hasValue(2);
        assertThat(again).isSameAs(first);
        assertThat(english.body()).isEqualTo("page en 2");
        assertThat(first.etag()).isEqualTo(PublicTrustController.etag(first.body()));
    }

    @Test
    void aFresherCopyIsRenderedAgainEvenWhenEqualToTheFormer() {
        answers.of(List.of("labels"), "page:fr", () -> render("fr"));
        RenderedAnswers.Rendered fresher =
                answers.of(new java.util.ArrayList<>(List.of("labels")), "page:fr", () -> render("fr"));

        assertThat(renders).hasValue(2);
        assertThat(fresher.body()).isEqualTo("page fr 2");
    }

    private String render(String lang) {
        return "page " + lang + " " + renders.incrementAndGet();
    }
}
