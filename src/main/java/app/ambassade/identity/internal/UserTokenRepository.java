package app.ambassade.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserTokenRepository extends JpaRepository<UserToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from UserToken t where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<UserToken> lockByHash(@Param("hash") String hash, @Param("purpose") UserToken.Purpose purpose);

    @Query("select t from UserToken t where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<UserToken> findByHash(@Param("hash") String hash, @Param("purpose") UserToken.Purpose purpose);

    List<UserToken> findByUserIdAndPurposeAndUsedAtIsNull(Long userId, UserToken.Purpose purpose);

    void deleteByUserId(Long userId);
}
