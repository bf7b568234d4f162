package app.ambassade.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginClientRepository extends JpaRepository<LoginClient, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from LoginClient c where c.key = :key")
    Optional<LoginClient> lockByKey(@Param("key") String key);

    @Modifying
    @Query("delete from LoginClient c where c.windowStart < :before")
    int deleteWindowsStartedBefore(@Param("before") Instant before);
}
