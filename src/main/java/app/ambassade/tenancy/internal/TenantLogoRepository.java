package app.ambassade.tenancy.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantLogoRepository extends JpaRepository<TenantLogo, Long> {}
