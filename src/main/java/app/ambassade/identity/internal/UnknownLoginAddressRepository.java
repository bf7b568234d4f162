package app.ambassade.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnknownLoginAddressRepository extends JpaRepository<UnknownLoginAddress, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UnknownLoginAddress u where u.key = :key")
    Optional<UnknownLoginAddress> lockByKey(@Param("key") String key);

    @Modifying
    @Query("delete from UnknownLoginAddress u where u.lastFailureAt < :before")
    int deleteIdleSince(@Param("before") Instant before);
}
