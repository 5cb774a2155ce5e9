package app.redline.hazard;

import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.RollUpWhere;
import app.redline.organization.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazard ledger (台账) as a read model: a page of it for a scope and filter, and all of it, a
 * batch at a time, for the export. Reads only; the loop's changes are {@link HazardService}'s.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HazardLedger {

    private final HazardEventRepository events;
    private final OrganizationService organization;
    private final HazardTallies tallies;
    private final Clock clock;
    private final EntityManager entityManager;

    /** A row of the ledger. */
    record HazardRow(Hazard hazard, String enterpriseName, Long daysOverdue) {}

    /**
     * A hazard as the full ledger (台账) exports it: with its enterprise (region, industries), the
     * unit that found it, and who accepted it with what opinion (null while open).
     */
    record ExportRow(
            Hazard hazard, EnterpriseRow enterprise, String foundBy, HazardEvent acceptance, Long daysOverdue) {}

    /** Region and industry filters matching up to this many enterprises filter by their ids. */
    static final int ENTERPRISE_LIST_LIMIT = 2_000;

    static final int EXPORT_BATCH = 1_000;

    /** The ledger counts exactly up to here, and shows "more than" beyond. */
    static final int COUNT_CAP = 2_000;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A page of the ledger. The count is exact when the roll-ups count the filter (see {@link
     * HazardTallies#countsLedger}: a few rows of them, whatever the history); otherwise exact up to
     * {@link #COUNT_CAP}, beyond which the ledger says "more than" instead of counting a million rows
     * for every page.
     */
    Page<HazardRow> ledger(Scope scope, HazardFilter filter, Pageable pageable) {
        LocalDate today = today();
        Specification<Hazard> spec = ledgerSpec(scope, filter, today);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Hazard> query = cb.createQuery(Hazard.class);
        Root<Hazard> root = query.from(Hazard.class);
        query.where(spec.toPredicate(root, query, cb)).orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
        List<Hazard> content = entityManager
                .createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        long total = HazardTallies.countsLedger(scope, filter)
                ? tallies.ledgerCount(scope, filter, today)
                : countUpToCap(spec);
        Map<Long, String> names = organization.unitNames(
                content.stream().map(Hazard::getEnterpriseId).collect(Collectors.toSet()));
        List<HazardRow> rows = content.stream()
                .map(h -> new HazardRow(h, names.get(h.getEnterpriseId()), h.daysOverdue(today)))
                .toList();
        return new PageImpl<>(rows, pageable, Math.max(total, pageable.getOffset() + rows.size()));
    }

    private long countUpToCap(Specification<Hazard> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Hazard> counted = ids.from(Hazard.class);
        ids.select(counted.get(Hazard_.id)).where(spec.toPredicate(counted, ids, cb));
        return entityManager
                .createQuery(ids)
                .setMaxResults(COUNT_CAP + 1)
                .getResultList()
                .size();
    }

    /** The ledger's rows for a scope and filter, as a specification. */
    private Specification<Hazard> ledgerSpec(Scope scope, HazardFilter filter, LocalDate today) {
        Specification<Hazard> spec =
                HazardSpecifications.inScope(scope).and(HazardSpecifications.matching(filter, today));
        if (HazardSpecifications.blank(filter.regionCode()) && HazardSpecifications.blank(filter.industryCode())) {
            spec = spec.and(HazardSpecifications.matchingEnterprise(filter));
        } else {
            // A short list of the enterprises in that region or industry lets PostgreSQL use the
            // hazards' enterprise index instead of walking the whole ledger in date order.
            List<Long> enterprises = organization.enterpriseIds(
                    scope, filter.regionCode(), filter.industryCode(), ENTERPRISE_LIST_LIMIT + 1);
            if (enterprises.size() > ENTERPRISE_LIST_LIMIT && filter.overdueOnly() && RollUpWhere.answers(scope)) {
                // Overdue only: the enterprises that have any, from the roll-up (a diligent town
                // has a handful among a district's hundreds of thousands).
                enterprises = tallies.enterprisesWithOverdue(
                        scope, filter.regionCode(), filter.industryCode(), today, ENTERPRISE_LIST_LIMIT + 1);
            }
            spec = spec.and(
                    enterprises.size() <= ENTERPRISE_LIST_LIMIT
                            ? HazardSpecifications.inEnterprises(enterprises)
                            : HazardSpecifications.matchingEnterprise(filter));
        }
        return spec;
    }

    /**
     * Hands every row of the ledger (newest first) to {@code rows}, a batch at a time by id, so an
     * export of a million hazards holds one batch in memory.
     */
    void export(Scope scope, HazardFilter filter, Consumer<ExportRow> rows) {
        LocalDate today = today();
        Specification<Hazard> spec = ledgerSpec(scope, filter, today);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Long after = null;
        while (true) {
            CriteriaQuery<Hazard> query = cb.createQuery(Hazard.class);
            Root<Hazard> root = query.from(Hazard.class);
            Long last = after;
            Specification<Hazard> batch =
                    last == null ? spec : spec.and((h, q, b) -> b.lessThan(h.get(Hazard_.id), last));
            query.where(batch.toPredicate(root, query, cb)).orderBy(cb.desc(root.get(Hazard_.id)));
            List<Hazard> content =
                    entityManager.createQuery(query).setMaxResults(EXPORT_BATCH).getResultList();
            if (content.isEmpty()) {
                return;
            }
            // A few queries per batch of a thousand, never one per row.
            Map<Long, EnterpriseRow> enterprises = organization.enterpriseRows(
                    content.stream().map(Hazard::getEnterpriseId).collect(Collectors.toSet()));
            Map<Long, String> finders = organization.unitNames(
                    content.stream().map(Hazard::getFoundByUnitId).collect(Collectors.toSet()));
            Map<Long, HazardEvent> acceptances = new HashMap<>();
            events.findByHazardIdInAndTypeInOrderByIdAsc(
                            content.stream()
                                    .filter(h -> h.getState() == HazardState.CLOSED)
                                    .map(Hazard::getId)
                                    .toList(),
                            List.of(HazardEvent.Type.ACCEPTED, HazardEvent.Type.REINSPECTED_RECTIFIED))
                    .forEach(e -> acceptances.put(e.getHazardId(), e));
            content.forEach(h -> rows.accept(new ExportRow(
                    h,
                    enterprises.get(h.getEnterpriseId()),
                    finders.get(h.getFoundByUnitId()),
                    acceptances.get(h.getId()),
                    h.daysOverdue(today))));
            after = content.get(content.size() - 1).getId();
            entityManager.clear();
        }
    }
}
