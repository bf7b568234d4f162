package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A perk's picture or the file of a dedicated-content perk, kept in the database, served after a check. */
@Entity
@Table(name = "perk_file")
public class PerkFile extends TenantScopedEntity {

    /** What the file is for; one of each per perk. */
    public enum Purpose {
        IMAGE,
        DOWNLOAD
    }

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Purpose purpose;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    protected PerkFile() {}

    public PerkFile(long perkId, Purpose purpose, String fileName, String contentType, byte[] content) {
        this.perkId = perkId;
        this.purpose = purpose;
        replace(fileName, contentType, content);
    }

    public void replace(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }

    public long getPerkId() {
        return perkId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
