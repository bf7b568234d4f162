package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "trust_label")
public class TrustLabel extends TenantScopedEntity {

    private String name;

    @Enumerated(EnumType.STRING)
    private TrustLabelKind kind;

    private String link;
    private String description;

    @Column(name = "display_order")
    private int displayOrder;

    @Column(name = "image_type")
    private String imageType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image", columnDefinition = "MEDIUMBLOB")
    private byte[] image;

    @Column(name = "image_sha256")
    private String imageSha256;

    protected TrustLabel() {}

    public TrustLabel(String name, TrustLabelKind kind, String link, String description, int displayOrder) {
        update(name, kind, link, description, displayOrder);
    }

    public void update(String name, TrustLabelKind kind, String link, String description, int displayOrder) {
        this.name = name;
        this.kind = kind;
        this.link = link;
        this.description = description;
        this.displayOrder = displayOrder;
    }

    public void replaceImage(String type, byte[] content, String sha256) {
        this.imageType = type;
        this.image = content;
        this.imageSha256 = sha256;
    }

    public String getName() {
        return name;
    }

    public TrustLabelKind getKind() {
        return kind;
    }

    public String getLink() {
        return link;
    }

    public String getDescription() {
        return description;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public String getImageType() {
        return imageType;
    }

    public byte[] getImage() {
        return image;
    }

    public String getImageSha256() {
        return imageSha256;
    }
}
