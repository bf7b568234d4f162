package app.ambassade.community.ui;

import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.ContentType;
import app.ambassade.community.FeedComment;
import app.ambassade.community.FeedPost;
import app.ambassade.community.FeedService;
import app.ambassade.community.ModerationService;
import app.ambassade.community.Reaction;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;

/** One post of a feed: text as safe Markdown, reactions, comments and the actions the viewer may take. */
class PostCard extends Div {

    private final FeedService feed;
    private final ModerationService moderation;
    private final boolean manager;
    private FeedPost post;

    final Div comments = new Div();
    final TextArea commentField = new TextArea();
    final Button commentsToggle = new Button();

    PostCard(FeedPost post, FeedService feed, ModerationService moderation, boolean manager) {
        this.post = post;
        this.feed = feed;
        this.moderation = moderation;
        this.manager = manager;
        addClassNames("card", "post-card");
        setId("post-" + post.id());
        addClassNames(LumoUtility.Margin.Bottom.MEDIUM, "wrap-anywhere");
        commentsToggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        commentsToggle.addClassName("comments-toggle");
        commentsToggle.addClickListener(e -> toggleComments());
        render();
    }

    FeedPost post() {
        return post;
    }

    private void render() {
        removeAll();
        Div header = new Div();
        header.addClassName("post-header");
        Span author = new Span(post.authorName());
        author.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Right.SMALL);
        Span when = new Span(Formats.dateTime(post.createdAt(), getLocale(), ViewerZone.current()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        header.add(author, when);
        if (post.pinned()) {
            header.add(badge("community.post.pinned", "badge"));
        }
        if (post.edited()) {
            header.add(badge("community.post.edited", "badge contrast"));
        }
        add(header);
        if (post.hidden()) {
            Div notice = new Div(new Span(getTranslation(
                    "community.post.hidden-notice", post.hiddenReason() == null ? "" : post.hiddenReason())));
            notice.addClassName("hidden-notice");
            notice.addClassName(LumoUtility.TextColor.ERROR);
            add(notice);
        }
        add(new MarkdownView(post.body(), false));
        if (post.hasImage()) {
            long id = post.id();
            add(Pictures.image(() -> feed.postImage(id), "image", getTranslation("community.post.image-alt")));
        }
        add(reactions(), actions(), comments);
        comments.addClassName("comments");
        comments.setVisible(false);
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        badge.addClassName(LumoUtility.Margin.Left.SMALL);
        return badge;
    }

    private Component reactions() {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("reactions");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.addClassName(LumoUtility.Gap.XSMALL);
        for (Reaction r : Reaction.values()) {
            long count = post.reactions().getOrDefault(r, 0L);
            Button b = new Button(count == 0 ? r.emoji() : r.emoji() + " " + count);
            b.setId("react-" + post.id() + "-" + r.name());
            b.getElement().setAttribute("aria-label", getTranslation("community.reaction." + r.name()));
            b.getElement()
                    .setAttribute(
                            "aria-pressed", String.valueOf(post.myReactions().contains(r)));
            b.addThemeVariants(
                    ButtonVariant.LUMO_SMALL,
                    post.myReactions().contains(r) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.setEnabled(!post.hidden());
            b.addClickListener(e -> {
                try {
                    feed.toggleReaction(post.id(), r);
                    refresh();
                } catch (InvalidInputException ex) {
                    ex.fieldErrors().values().forEach(k -> Notifications.error(this, k));
                } catch (CommunityNotFoundException ex) {
                    Notifications.error(this, "community.error.gone");
                }
            });
            bar.add(b);
        }
        commentsToggle.setText(getTranslation("community.comments.toggle", post.comments()));
        bar.add(commentsToggle);
        return bar;
    }

    private Component actions() {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("post-actions");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.addClassName(LumoUtility.Gap.XSMALL);
        if (post.mine()) {
            bar.add(small(
                    "community.edit",
                    e -> new TextDialog("body", post.body(), text -> {
                                post = feed.editPost(post.id(), text);
                                render();
                            })
                            .open()));
            bar.add(small("community.delete", e -> {
                feed.deletePost(post.id());
                removeFromParent();
                Notifications.success(this, "community.post.deleted");
            }));
        } else {
            bar.add(small(
                    "community.report",
                    e -> new ReasonDialog("community.report.title", "community.report.send", reason -> {
                                feed.report(ContentType.POST, post.id(), reason);
                                Notifications.success(this, "community.report.sent");
                            })
                            .open()));
        }
        if (manager) {
            bar.add(small(post.pinned() ? "community.unpin" : "community.pin", e -> {
                feed.pin(post.id(), !post.pinned());
                refresh();
            }));
            bar.add(small(
                    post.hidden() ? "community.restore" : "community.hide",
                    e -> new ReasonDialog(
                                    post.hidden() ? "community.restore" : "community.hide",
                                    "community.moderation.confirm",
                                    reason -> {
                                        if (post.hidden()) {
                                            moderation.restore(ContentType.POST, post.id(), reason);
                                        } else {
                                            moderation.hide(ContentType.POST, post.id(), reason);
                                        }
                                        refresh();
                                    })
                            .open()));
        }
        return bar;
    }

    private Button small(
            String key,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(getTranslation(key), click);
        b.addClassName("action-" + key.substring(key.lastIndexOf('.') + 1));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void refresh() {
        feed.post(post.id())
                .ifPresentOrElse(
                        p -> {
                            post = p;
                            render();
                        },
                        this::removeFromParent);
    }

    void toggleComments() {
        if (comments.isVisible()) {
            comments.setVisible(false);
            return;
        }
        comments.setVisible(true);
        loadComments();
    }

    private void loadComments() {
        comments.removeAll();
        for (FeedComment c : feed.comments(post.id(), 200)) {
            comments.add(comment(c));
        }
        commentField.setLabel(getTranslation("community.comments.field"));
        commentField.setMaxLength(FeedService.COMMENT_MAX);
        commentField.setWidthFull();
        Button send = new Button(getTranslation("community.comments.send"), e -> {
            try {
                feed.comment(post.id(), commentField.getValue());
                FieldErrors.clear(Map.of("comment", commentField));
                commentField.clear();
                loadComments();
                commentsToggle.setText(getTranslation("community.comments.toggle", post.comments() + 1));
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("comment", commentField));
            }
        });
        send.addClassName("send-comment");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        comments.add(commentField, send);
    }

    private Component comment(FeedComment c) {
        Div line = new Div();
        line.addClassName("comment");
        line.setId("comment-" + c.id());
        line.addClassNames(
                LumoUtility.Padding.Left.SMALL,
                LumoUtility.Margin.Vertical.XSMALL,
                LumoUtility.Margin.Horizontal.NONE,
                "post-card-line");
        Span author = new Span(c.authorName());
        author.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Right.SMALL);
        line.add(author);
        if (c.edited()) {
            line.add(badge("community.post.edited", "badge contrast"));
        }
        if (c.hidden()) {
            line.add(new Div(new Span(
                    getTranslation("community.post.hidden-notice", c.hiddenReason() == null ? "" : c.hiddenReason()))));
        }
        line.add(new MarkdownView(c.body(), false));
        FlexLayout actions = new FlexLayout();
        actions.addClassName(LumoUtility.Gap.XSMALL);
        if (c.mine()) {
            actions.add(small(
                    "community.edit",
                    e -> new TextDialog("comment", c.body(), text -> {
                                feed.editComment(c.id(), text);
                                loadComments();
                            })
                            .open()));
            actions.add(small("community.delete", e -> {
                feed.deleteComment(c.id());
                loadComments();
            }));
        } else {
            actions.add(small(
                    "community.report",
                    e -> new ReasonDialog("community.report.title", "community.report.send", reason -> {
                                feed.report(ContentType.COMMENT, c.id(), reason);
                                Notifications.success(this, "community.report.sent");
                            })
                            .open()));
        }
        if (manager) {
            actions.add(small(
                    c.hidden() ? "community.restore" : "community.hide",
                    e -> new ReasonDialog(
                                    c.hidden() ? "community.restore" : "community.hide",
                                    "community.moderation.confirm",
                                    reason -> {
                                        if (c.hidden()) {
                                            moderation.restore(ContentType.COMMENT, c.id(), reason);
                                        } else {
                                            moderation.hide(ContentType.COMMENT, c.id(), reason);
                                        }
                                        loadComments();
                                    })
                            .open()));
        }
        line.add(actions);
        return line;
    }
}
