package app.redline.account;

import app.redline.organization.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told about an enterprise's hazards (DESIGN.md, "Responsibility"): its safety managers and
 * the person responsible for a rectification; the supervising department (the nearest department
 * over the enterprise's region that governs one of its industries, or else the nearest one with
 * comprehensive supervision); the territorial government (the nearest government over its region).
 * Only enabled users of active units count, and of departments and governments only supervisors.
 * Each question is answered for a whole batch of enterprises with one query.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Recipients {

    private final JdbcClient jdbc;

    /** An enterprise's users: its managers, and everyone by display name (to find a responsible person). */
    public record EnterprisePeople(Set<Long> managers, Map<String, Set<Long>> byName) {

        /** The managers and whoever bears the responsible person's name. */
        public Set<Long> managersAnd(String responsiblePerson) {
            Set<Long> ids = new LinkedHashSet<>(managers);
            if (responsiblePerson != null) {
                ids.addAll(byName.getOrDefault(responsiblePerson.strip(), Set.of()));
            }
            return ids;
        }
    }

    /** The supervisors to tell about an enterprise, by kind. */
    public record Supervisors(Set<Long> department, Set<Long> government) {}

    private record Row(long enterprise, String type, int depth, boolean comprehensive, long user) {}

    /** How to reach a user by mail, and in which language. */
    public record Contact(Long userId, String email, Locale locale) {}

    /** An inspector who may be sent on a visit: user, name, unit. */
    public record Inspector(Long userId, String name, Long unitId, String unitName) {}

    /**
     * The enabled inspectors of the active departments and governments in a region subtree (all
     * when the prefix is null), by unit and name: whom a supervisor may send on campaign visits.
     */
    public List<Inspector> inspectorsUnder(String regionPrefix) {
        return jdbc.sql("select a.id, a.display_name, n.id as unit_id, n.name as unit_name"
                        + " from app_user a join unit n on n.id = a.unit_id"
                        + " where a.enabled and n.active and n.type in ('DEPARTMENT', 'GOVERNMENT')"
                        + " and (cast(:subtree as varchar) is null or n.region_code like :subtree)"
                        + " and exists (select 1 from user_role r where r.user_id = a.id and r.role = 'INSPECTOR')"
                        + " order by n.name, a.display_name")
                .param(
                        "subtree",
                        regionPrefix == null
                                ? null
                                : RegionCode.of(regionPrefix).subtree())
                .query((rs, n) -> new Inspector(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name")))
                .list();
    }

    public Map<Long, EnterprisePeople> enterprisePeople(Collection<Long> enterpriseIds) {
        Map<Long, EnterprisePeople> people = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return people;
        }
        jdbc.sql("select u.id, u.unit_id, u.display_name,"
                        + " exists (select 1 from user_role r where r.user_id = u.id"
                        + " and r.role = 'ENTERPRISE_MANAGER') as manager"
                        + " from app_user u where u.enabled and u.unit_id = any(:ids)")
                .param("ids", enterpriseIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    EnterprisePeople p = people.computeIfAbsent(
                            rs.getLong("unit_id"), k -> new EnterprisePeople(new HashSet<>(), new HashMap<>()));
                    long id = rs.getLong("id");
                    if (rs.getBoolean("manager")) {
                        p.managers().add(id);
                    }
                    p.byName()
                            .computeIfAbsent(rs.getString("display_name").strip(), k -> new HashSet<>())
                            .add(id);
                    return id;
                })
                .list();
        return people;
    }

    public Map<Long, Supervisors> supervisorsOf(Collection<Long> enterpriseIds) {
        Map<Long, Supervisors> result = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return result;
        }
        List<Row> rows = jdbc.sql("""
                select v.enterprise_id as enterprise, v.supervisor_type as type, length(s.region_code) as depth,
                       v.comprehensive, u.id as user_id
                from supervision v
                join unit s on s.id = v.supervisor_id
                join app_user u on u.unit_id = v.supervisor_id and u.enabled
                join user_role r on r.user_id = u.id and r.role = 'SUPERVISOR'
                where v.enterprise_id = any(:ids)
                """)
                .param("ids", enterpriseIds.toArray(Long[]::new))
                .query((rs, n) -> new Row(
                        rs.getLong("enterprise"),
                        rs.getString("type"),
                        rs.getInt("depth"),
                        rs.getBoolean("comprehensive"),
                        rs.getLong("user_id")))
                .list();
        Map<Long, List<Row>> byEnterprise = new HashMap<>();
        rows.forEach(r -> byEnterprise
                .computeIfAbsent(r.enterprise(), k -> new ArrayList<>())
                .add(r));
        byEnterprise.forEach((enterprise, candidates) -> {
            List<Row> industry = candidates.stream()
                    .filter(r -> r.type().equals("DEPARTMENT") && !r.comprehensive())
                    .toList();
            List<Row> departments = industry.isEmpty()
                    ? candidates.stream()
                            .filter(r -> r.type().equals("DEPARTMENT"))
                            .toList()
                    : industry;
            List<Row> governments = candidates.stream()
                    .filter(r -> r.type().equals("GOVERNMENT"))
                    .toList();
            result.put(enterprise, new Supervisors(nearest(departments), nearest(governments)));
        });
        return result;
    }

    /** The users of the units nearest the enterprise (the longest region code). */
    private static Set<Long> nearest(List<Row> rows) {
        int depth = rows.stream().mapToInt(Row::depth).max().orElse(0);
        Set<Long> users = new LinkedHashSet<>();
        rows.stream().filter(r -> r.depth() == depth).forEach(r -> users.add(r.user()));
        return users;
    }

    /**
     * The enabled inspectors and supervisors of one department or government: the accepting side of
     * the hazards it found.
     */
    public Set<Long> inspectorsAndSupervisorsOfUnit(Long unitId) {
        return new LinkedHashSet<>(jdbc.sql(
                        "select distinct u.id from app_user u join user_role r on r.user_id = u.id"
                                + " and r.role in ('INSPECTOR', 'SUPERVISOR') where u.enabled and u.unit_id = :unit order by u.id")
                .param("unit", unitId)
                .query(Long.class)
                .list());
    }

    /** The enabled supervisors of one unit (e.g. the government that listed a hazard). */
    public Set<Long> supervisorsOfUnit(Long unitId) {
        return new LinkedHashSet<>(jdbc.sql("select u.id from app_user u join user_role r on r.user_id = u.id"
                        + " and r.role = 'SUPERVISOR' where u.enabled and u.unit_id = :unit order by u.id")
                .param("unit", unitId)
                .query(Long.class)
                .list());
    }

    /** Users' display names, by id. */
    public Map<Long, String> names(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user where id = any(:ids)")
                .param("ids", userIds.toArray(Long[]::new))
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("display_name")))
                .list();
        return names;
    }

    public Map<Long, Contact> contacts(Collection<Long> userIds) {
        Map<Long, Contact> contacts = new HashMap<>();
        if (userIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("select id, email, language from app_user where id = any(:ids)")
                .param("ids", userIds.toArray(Long[]::new))
                .query((rs, n) -> new Contact(
                        rs.getLong("id"),
                        rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("language").replace('_', '-'))))
                .list()
                .forEach(c -> contacts.put(c.userId(), c));
        return contacts;
    }

    /** Remembers the language a user chose, for mail sent while they are away. */
    @Transactional
    public void rememberLanguage(Long userId, Locale locale) {
        String language = locale != null && "zh".equals(locale.getLanguage()) ? "zh_CN" : "en";
        jdbc.sql("update app_user set language = :language where id = :id and language <> :language")
                .param("language", language)
                .param("id", userId)
                .update();
    }
}
