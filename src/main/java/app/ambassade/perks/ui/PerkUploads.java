package app.ambassade.perks.ui;

import app.ambassade.perks.CodeImportRefused;
import app.ambassade.perks.CodeStock;
import app.ambassade.perks.FileUpload;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkLimits;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.ui.BoundedUpload;
import app.ambassade.shared.ui.FileSizes;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.upload.ImageTypes;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The perk's picture, the file of dedicated content, and single-use codes from a CSV file. They need a
 * saved perk; before the first save a hint says so. A refused code file lists every problem with its line.
 */
class PerkUploads extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(PerkUploads.class);
    static final int POLL_MILLIS = 500;

    private final PerkCatalogue catalogue;
    private final PerkLimits limits;
    private final Executor background;
    final ProgressBar codesProgress = new ProgressBar();
    private Long perkId;
    private Runnable listener = () -> {};

    final Paragraph saveFirst = new Paragraph();
    final TextField imageStatus = new TextField();
    final Upload image;
    final Button removeImage = new Button();
    final TextField fileStatus = new TextField();
    final Upload file;
    final TextField codesStatus = new TextField();
    final Upload codes;
    final UnorderedList codeProblems = new UnorderedList();
    private boolean hasImage;
    private boolean hasFile;
    private int taken;

    PerkUploads(PerkCatalogue catalogue, PerkLimits limits, int imageMaxBytes, Executor background) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.background = background;
        codesProgress.setIndeterminate(true);
        codesProgress.setVisible(false);
        codesProgress.addClassName("codes-progress");
        setPadding(false);
        setSpacing(false);
        saveFirst.setText(getTranslation("perks.uploads.save-first"));
        imageStatus.setLabel(getTranslation("perks.uploads.image", FileSizes.text(this, imageMaxBytes)));
        imageStatus.setReadOnly(true);
        image = BoundedUpload.forOneImage(
                imageMaxBytes,
                (name, bytes) -> receive(
                        () -> {
                            catalogue.setImage(perkId, new FileUpload(name, bytes));
                            Notifications.success(this, "perks.uploads.image-saved");
                        },
                        imageStatus));
        removeImage.setText(getTranslation("perks.uploads.remove-image"));
        removeImage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        removeImage.addClickListener(e -> receive(() -> catalogue.removeFile(perkId, true), imageStatus));
        fileStatus.setLabel(getTranslation("perks.uploads.file", FileSizes.text(this, limits.downloadMaxBytes())));
        fileStatus.setReadOnly(true);
        fileStatus.setHelperText(getTranslation("perks.uploads.file.help"));
        file = BoundedUpload.forOneFile(
                limits.downloadMaxBytes(),
                new String[] {
                    "application/pdf",
                    ".pdf",
                    "application/zip",
                    ".zip",
                    ImageTypes.BROWSER_ACCEPT[0],
                    ImageTypes.BROWSER_ACCEPT[1]
                },
                (name, bytes) -> receive(
                        () -> {
                            catalogue.setFile(perkId, new FileUpload(name, bytes));
                            Notifications.success(this, "perks.uploads.file-saved");
                        },
                        fileStatus));
        codesStatus.setLabel(getTranslation("perks.uploads.codes"));
        codesStatus.setReadOnly(true);
        codesStatus.setHelperText(getTranslation(
                "perks.uploads.codes.help", limits.codesPerImport(), FileSizes.text(this, limits.codesFileMaxBytes())));
        codes = BoundedUpload.forOneFile(
                limits.codesFileMaxBytes(),
                new String[] {"text/csv", ".csv", "text/plain", ".txt"},
                (name, bytes) -> importCodes(bytes));
        codes.addClassName("codes-upload");
        codesStatus.addClassName("codes-status");
        codeProblems.addClassName("code-problems");
        add(
                new H3(getTranslation("perks.uploads.title")),
                saveFirst,
                imageStatus,
                image,
                removeImage,
                fileStatus,
                file,
                codesStatus,
                codes,
                codesProgress,
                codeProblems);
    }

    void show(Long id, PerkKind kind) {
        this.perkId = id;
        boolean saved = id != null;
        saveFirst.setVisible(!saved);
        imageStatus.setVisible(saved);
        image.setVisible(saved);
        removeImage.setVisible(saved);
        fileStatus.setVisible(saved && kind == PerkKind.CONTENT);
        file.setVisible(saved && kind == PerkKind.CONTENT);
        codesStatus.setVisible(saved && kind == PerkKind.EARLY_ACCESS);
        codes.setVisible(saved && kind == PerkKind.EARLY_ACCESS);
        codeProblems.setVisible(saved && kind == PerkKind.EARLY_ACCESS);
        refreshState();
    }

    /** Hands the bytes to the service; a refusal shows at the given field. */
    private void receive(Runnable action, TextField status) {
        try {
            action.run();
            status.setInvalid(false);
            refreshState();
            listener.run();
        } catch (InvalidInputException e) {
            status.setErrorMessage(
                    getTranslation(e.fieldErrors().values().iterator().next()));
            status.setInvalid(true);
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perks.error.gone");
        }
    }

    /**
     * Imports the codes file away from the UI thread (up to {@link PerkLimits#codesPerImport()} codes), with
     * a progress bar; a refusal lists each problem (blank line, duplicate…) with its line. The signed-in
     * person's security context goes with the work, so the service checks them as usual.
     */
    void importCodes(byte[] bytes) {
        codeProblems.removeAll();
        codesStatus.setInvalid(false);
        long id = perkId;
        UI ui = UI.getCurrent();
        codesProgress.setVisible(true);
        codes.setVisible(false);
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(
                        () -> catalogue.importCodes(id, bytes),
                        new DelegatingSecurityContextExecutor(background, SecurityContextHolder.getContext()))
                .whenComplete((stock, error) -> ui.access(() -> {
                    ui.setPollInterval(-1);
                    codesProgress.setVisible(false);
                    codes.setVisible(true);
                    codes.clearFileList();
                    showImport(stock, error instanceof CompletionException c ? c.getCause() : error);
                }));
    }

    private void showImport(CodeStock stock, Throwable error) {
        if (error == null) {
            Notifications.success(this, "perks.uploads.codes-imported", stock.added());
            refreshState();
        } else if (error instanceof CodeImportRefused e) {
            codesStatus.setErrorMessage(getTranslation("perks.codes.error.refused"));
            codesStatus.setInvalid(true);
            e.problems()
                    .forEach(p -> codeProblems.add(new ListItem(
                            p.line() > 0
                                    ? getTranslation("perks.codes.problem.line", p.line(), problem(p))
                                    : problem(p))));
        } else if (error instanceof InvalidInputException e) {
            codesStatus.setErrorMessage(
                    getTranslation(e.fieldErrors().values().iterator().next()));
            codesStatus.setInvalid(true);
        } else if (error instanceof PerkNotFoundException) {
            Notifications.error(this, "perks.error.gone");
        } else {
            log.warn("code import failed", error);
            Notifications.error(this, "perks.uploads.codes-failed");
        }
    }

    /** The problem's text; the limits are there for the messages that name them. */
    private String problem(CodeImportRefused.Problem p) {
        return getTranslation(
                p.key(), p.code(), limits.codesPerImport(), FileSizes.text(this, limits.codesFileMaxBytes()));
    }

    private void refreshState() {
        if (perkId == null) {
            hasImage = false;
            hasFile = false;
            taken = 0;
            return;
        }
        Optional<PerkView> view = catalogue.view(perkId);
        hasImage = view.map(PerkView::hasImage).orElse(false);
        hasFile = view.map(PerkView::hasFile).orElse(false);
        taken = view.map(PerkView::taken).orElse(0);
        imageStatus.setValue(getTranslation(hasImage ? "perks.uploads.present" : "perks.uploads.none"));
        removeImage.setEnabled(hasImage);
        fileStatus.setValue(getTranslation(hasFile ? "perks.uploads.present" : "perks.uploads.none"));
        if (codesStatus.isVisible()) {
            CodeStock stock = catalogue.codeStock(perkId);
            codesStatus.setValue(getTranslation("perks.uploads.codes.stock", stock.total(), stock.free()));
        }
    }

    boolean hasImage() {
        return hasImage;
    }

    boolean hasFile() {
        return hasFile;
    }

    int taken() {
        return taken;
    }

    void onChange(Runnable listener) {
        this.listener = listener;
    }

    void fields(Map<String, HasValidation> into) {
        into.put("image", imageStatus);
        into.put("file", fileStatus);
        into.put("codes", codesStatus);
    }
}
