package app.ambassade.reassurance.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrustWidgetSettingsRepository extends JpaRepository<TrustWidgetSettings, Long> {

    Optional<TrustWidgetSettings> findFirstBy();
}
