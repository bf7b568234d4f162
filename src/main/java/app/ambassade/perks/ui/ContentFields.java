package app.ambassade.perks.ui;

import app.ambassade.perks.ContentDetails;
import app.ambassade.perks.PerkFormRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** The gated part of dedicated content: an article in Markdown and a video link (the file is uploaded apart). */
class ContentFields extends VerticalLayout {

    final TextArea article = new TextArea();
    final TextField videoLink = new TextField();

    ContentFields() {
        setPadding(false);
        setSpacing(false);
        article.setLabel(getTranslation("perks.field.content.article"));
        article.setHelperText(getTranslation("perks.field.content.article.help"));
        article.setMaxLength(PerkFormRules.ARTICLE_MAX);
        article.setWidthFull();
        article.setMinHeight("12rem");
        videoLink.setLabel(getTranslation("perks.field.content.video"));
        videoLink.setPlaceholder(getTranslation("perks.field.link.placeholder"));
        videoLink.setMaxLength(PerkFormRules.LINK_MAX);
        videoLink.setWidthFull();
        add(new H3(getTranslation("perks.editor.content")), article, videoLink);
    }

    ContentDetails value() {
        return new ContentDetails(article.getValue(), videoLink.getValue());
    }

    void setValue(ContentDetails content) {
        if (content == null) {
            return;
        }
        article.setValue(content.article() == null ? "" : content.article());
        videoLink.setValue(content.videoLink() == null ? "" : content.videoLink());
    }

    void fields(Map<String, HasValidation> into) {
        into.put("content.article", article);
        into.put("content.videoLink", videoLink);
    }
}
