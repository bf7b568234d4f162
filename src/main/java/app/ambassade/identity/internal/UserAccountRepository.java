package app.ambassade.identity.internal;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.Role;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query here is filtered by Hibernate to the current tenant. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.email = :email")
    Optional<UserAccount> lockByEmail(@Param("email") String email);

    long countByRoleAndStatus(Role role, AccountStatus status);

    long countByStatus(AccountStatus status);

    /** The people grid's filter: role and status when given, a search in the e-mail or the name. */
    String PEOPLE_FILTER = """
            where (:role is null or u.role = :role)
              and (:status is null or u.status = :status)
              and (:search = '' or lower(u.email) like concat('%', :search, '%')
                   or lower(u.displayName) like concat('%', :search, '%'))
            """;

    /** One page of matches, not counted (a grid counts once, apart). */
    @Query("select u from UserAccount u " + PEOPLE_FILTER)
    List<UserAccount> search(
            @Param("role") Role role,
            @Param("status") AccountStatus status,
            @Param("search") String search,
            Pageable pageable);

    @Query("select count(u) from UserAccount u " + PEOPLE_FILTER)
    long countSearch(@Param("role") Role role, @Param("status") AccountStatus status, @Param("search") String search);

    /** Id, display name, e-mail and language of the given people: rows of four values, no entity loaded. */
    @Query("select u.id, u.displayName, u.email, u.locale from UserAccount u where u.id in :id")
    List<Object[]> contacts(@Param("id") Collection<Long> ids);
}
