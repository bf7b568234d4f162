package app.ambassade.perks.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PerkSettingsRepository extends JpaRepository<PerkSettings, Long> {

    @Query("select s from PerkSettings s")
    Optional<PerkSettings> current();
}
