package app.redline.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * An entity whose id the database gives on insert (an identity column), as spring-petclinic's
 * {@code BaseEntity}. Reference data keyed by a natural code (regions, industries) does not extend it.
 */
@MappedSuperclass
@Getter
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected BaseEntity() {}

    /** An entity read back from its row by plain SQL (a page's batched read), not by Hibernate. */
    protected BaseEntity(Long id) {
        this.id = id;
    }
}
