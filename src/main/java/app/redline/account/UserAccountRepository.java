package app.redline.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u from UserAccount u where lower(u.username) in :usernames")
    List<UserAccount> findAllByLowerUsernameIn(Collection<String> usernames);

    /**
     * Users whose unit lies in a region subtree ({@code regionSubtree}, its LIKE pattern; null: everywhere), of one unit
     * ({@code unitId} null: any), matching a text in username or display name ({@code text} null: all).
     */
    @Query(
            value = "select u.* from app_user u join unit un on un.id = u.unit_id"
                    + " where (cast(:regionSubtree as text) is null or un.region_code like :regionSubtree)"
                    + " and (cast(:unitId as bigint) is null or u.unit_id = :unitId)"
                    + " and (cast(:text as text) is null or lower(u.username) like :text"
                    + " or lower(u.display_name) like :text) order by lower(u.username), u.id",
            countQuery = "select count(*) from app_user u join unit un on un.id = u.unit_id"
                    + " where (cast(:regionSubtree as text) is null or un.region_code like :regionSubtree)"
                    + " and (cast(:unitId as bigint) is null or u.unit_id = :unitId)"
                    + " and (cast(:text as text) is null or lower(u.username) like :text"
                    + " or lower(u.display_name) like :text)",
            nativeQuery = true)
    Page<UserAccount> search(String regionSubtree, Long unitId, String text, Pageable pageable);
}
