package app.ambassade.perks.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PerkSettingsRepository extends JpaRepository<PerkSettings, Long> {

    @Query("select s from PerkSettings s")
    Optional<PerkSettings> current();

    /** The settings row, locked until the transaction ends: pulse decisions of a brand happen one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PerkSettings s")
    Optional<PerkSettings> lockCurrent();
}
