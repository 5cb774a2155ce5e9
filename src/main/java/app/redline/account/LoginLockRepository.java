package app.redline.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginLockRepository extends JpaRepository<LoginLock, String> {}
