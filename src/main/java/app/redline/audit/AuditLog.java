package app.redline.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the caller's transaction (so a change and its record land or fail together)
 * and reads them back. The actor is the signed-in user, or "system" for the application itself.
 */
@Service
@RequiredArgsConstructor
public class AuditLog {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Records many changes with a few batched statements, e.g. an import's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql(
                        "select nextval(pg_get_serial_sequence('audit_record', 'id'))" + " from generate_series(1, :n)")
                .param("n", entries.size())
                .query(Long.class)
                .list();
        Timestamp at = Timestamp.from(Instant.now(clock));
        String actor = actor();
        List<Object[]> records = new ArrayList<>(entries.size());
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            Long id = ids.get(i);
            records.add(new Object[] {
                id,
                at,
                actor,
                entry.action(),
                entry.objectType(),
                String.valueOf(entry.objectId()),
                truncate(entry.objectLabel(), 300),
                entry.regionCode()
            });
            int position = 0;
            for (Change change : entry.changes()) {
                changes.add(new Object[] {id, position++, change.field(), change.oldValue(), change.newValue()});
            }
        }
        jdbcTemplate.batchUpdate(
                "insert into audit_record (id, at, actor, action, object_type, object_id, object_label, region_code)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                records);
        if (!changes.isEmpty()) {
            jdbcTemplate.batchUpdate(
                    "insert into audit_change (audit_id, position, field, old_value, new_value) values (?, ?, ?, ?, ?)",
                    changes);
        }
    }

    /**
     * Records a security event — a sign-in, a failed one, a lock, a sign-out, an export — in its own
     * transaction (there may be none around it, and a failed request must still leave its trace):
     * who (the username given, known or not), from which address, what, and the region of the
     * user's unit so that region administrators read their users' events. Never a password.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void security(
            String action, String username, String objectType, String label, String regionCode, String address) {
        jdbc.sql("insert into audit_record (at, actor, action, object_type, object_id, object_label, region_code,"
                        + " address) values (:at, :actor, :action, :type, :id, :label, :region, :address)")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", truncate(username == null || username.isBlank() ? "?" : username.strip(), 64))
                .param("action", action)
                .param("type", objectType)
                .param("id", truncate(username == null ? "" : username.strip(), 40))
                .param("label", truncate(label, 300))
                .param("region", regionCode)
                .param("address", truncate(address, 64))
                .update();
    }

    /** The history of one object, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(String objectType, Object objectId) {
        List<Row> rows = jdbc.sql(
                        "select id, at, actor, action, object_type, object_id, object_label, address from audit_record"
                                + " where object_type = :type and object_id = :id order by at desc, id desc limit 200")
                .param("type", objectType)
                .param("id", String.valueOf(objectId))
                .query(Row.class)
                .list();
        return withChanges(rows);
    }

    /**
     * The records matching a filter, newest first; {@code regionCode} limits them to objects of that
     * region's subtree (null: every record; not digits: none). The code is written into the SQL, as
     * every region subtree is ({@code RegionCode#within}): a plan PostgreSQL keeps for the statement
     * then still uses the index of region codes.
     */
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditFilter filter, String regionCode, ZoneId zone, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (regionCode != null) {
            where.append(
                    regionCode.matches("[0-9]{1,12}") ? " and region_code like '" + regionCode + "%'" : " and false");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(actor) = :actor");
            params.put("actor", filter.actor().trim().toLowerCase(Locale.ROOT));
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            where.append(" and object_type = :type");
            params.put("type", filter.objectType());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            where.append(" and object_id = :objectId");
            params.put("objectId", filter.objectId().trim());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            params.put("from", startOf(filter.from(), zone));
        }
        if (filter.to() != null) {
            where.append(" and at < :to");
            params.put("to", startOf(filter.to().plusDays(1), zone));
        }
        long total = jdbc.sql("select count(*) from audit_record" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(
                        "select id, at, actor, action, object_type, object_id, object_label, address from audit_record"
                                + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Row.class)
                .list();
        return new PageImpl<>(withChanges(rows), pageable, total);
    }

    private List<AuditRecord> withChanges(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        jdbc.sql("select audit_id, field, old_value, new_value from audit_change where audit_id = any(:ids)"
                        + " order by audit_id, position")
                .param("ids", ids)
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Change(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return rows.stream()
                .map(row -> new AuditRecord(
                        row.id(),
                        row.at().toInstant(),
                        row.actor(),
                        row.action(),
                        row.objectType(),
                        row.objectId(),
                        row.objectLabel(),
                        row.address(),
                        changes.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static Timestamp startOf(LocalDate date, ZoneId zone) {
        return Timestamp.from(date.atStartOfDay(zone).toInstant());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null) {
            return SYSTEM;
        }
        return truncate(authentication.getName(), 64);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private record Row(
            Long id,
            Timestamp at,
            String actor,
            String action,
            String objectType,
            String objectId,
            String objectLabel,
            String address) {}
}
