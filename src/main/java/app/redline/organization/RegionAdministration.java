package app.redline.organization;

import app.redline.audit.AuditEntry;
import app.redline.audit.AuditLog;
import app.redline.audit.AuditRecord;
import app.redline.audit.Changes;
import app.redline.system.FieldProblem;
import app.redline.system.UniqueViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to the region tree. Codes follow GB/T 2260: 2, 4, 6 or 9 digits, one level
 * per length, each child's code starting with its parent's, so a region subtree is a code prefix.
 * A region administrator manages the regions below its own region.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RegionAdministration {

    static final String AUDIT_TYPE = "REGION";

    private final RegionRepository regions;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final ReferenceData reference;

    /** A region of the tree with the number of units directly in it. */
    record RegionNode(RegionOption option, long units) {}

    List<RegionNode> tree(Scope admin, OrganizationService organization) {
        Map<String, Long> unitCounts = jdbc
                .sql("select region_code, count(*) from unit where region_code like :prefix" + " group by region_code")
                .param("prefix", prefix(admin))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return organization.regionsManagedBy(admin).stream()
                .map(option -> new RegionNode(option, unitCounts.getOrDefault(option.code(), 0L)))
                .toList();
    }

    /** A region the administrator may see: its own region and everything below. */
    Region load(Scope admin, String code) {
        return regions.findById(code == null ? "" : code)
                .filter(region -> UnitAdministration.manages(admin, region.getCode()))
                .orElseThrow(() -> new RegionNotFoundException(code));
    }

    List<AuditRecord> history(Region region) {
        return auditLog.history(AUDIT_TYPE, region.getCode());
    }

    /** The number of units in a region's subtree, active or not. */
    long unitsWithin(Region region) {
        return jdbc.sql("select count(*) from unit where region_code like :prefix")
                .param("prefix", RegionCode.of(region.getCode()).subtree())
                .query(Long.class)
                .single();
    }

    boolean hasChildren(Region region) {
        return regions.countByCodeStartingWith(region.getCode()) > 1;
    }

    @Transactional
    String create(Scope admin, RegionForm form) {
        reference.changed();
        String code = form.getCode().trim();
        RegionLevel level = RegionLevel.ofCode(code);
        if (level == null) {
            throw new FieldProblem("code", "region.code.pattern");
        }
        Region parent = null;
        if (level == RegionLevel.PROVINCE) {
            if (admin.kind() != Scope.Kind.ALL) {
                throw new FieldProblem("parentCode", "region.parent.required");
            }
        } else {
            parent = checkedParent(admin, form.getParentCode(), level);
            if (!code.startsWith(parent.getCode())) {
                throw new FieldProblem("code", "region.code.notUnderParent");
            }
        }
        if (regions.existsById(code)) {
            throw new FieldProblem("code", "region.code.taken");
        }
        Region region = new Region(code, parent, level, form.getNameZh(), form.englishName());
        // Inserted, never merged: a second administrator creating the same code at once is refused
        // by the primary key instead of overwriting the first one's region.
        try {
            entityManager.persist(region);
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.is(e)) {
                throw new FieldProblem("code", "region.code.taken");
            }
            throw e;
        }
        auditLog.record(entry("CREATE", region, Changes.between(null, region.auditedFields())));
        return region.getCode();
    }

    @Transactional
    void rename(Scope admin, String code, RegionForm form) {
        reference.changed();
        Region region = loadVersion(admin, code, form.getVersion());
        Map<String, Object> before = region.auditedFields();
        region.rename(form.getNameZh(), form.englishName());
        Changes changes = Changes.between(before, region.auditedFields());
        if (!changes.isEmpty()) {
            regions.saveAndFlush(region);
            auditLog.record(entry("UPDATE", region, changes));
        }
    }

    /**
     * Moves a region and its subtree under another parent of the same level as its current one. The
     * region gets a new code under the new parent; its sub-regions' codes and its units' regions
     * follow, all in one transaction.
     */
    @Transactional
    String move(Scope admin, String code, long version, String newParentCode, String newCode) {
        reference.changed();
        Region region = loadVersion(admin, code, version);
        if (admin.kind() == Scope.Kind.REGION && admin.regionCode().equals(region.getCode())) {
            throw new FieldProblem("move", "region.move.ownRegion");
        }
        if (region.getLevel() == RegionLevel.PROVINCE) {
            throw new FieldProblem("move", "region.move.province");
        }
        Region parent = checkedParent(admin, newParentCode, region.getLevel());
        String target = newCode == null ? "" : newCode.trim();
        if (region.contains(parent.getCode())) {
            throw new FieldProblem("move", "region.move.intoItself");
        }
        if (target.length() != region.getCode().length()
                || !target.startsWith(parent.getCode())
                || !target.matches("[0-9]+")) {
            throw new FieldProblem("move", "region.code.notUnderParent");
        }
        if (!target.equals(region.getCode()) && regions.existsById(target)) {
            throw new FieldProblem("move", "region.code.taken");
        }
        if (target.equals(region.getCode()) && Objects.equals(parent.getCode(), region.getParentCode())) {
            return region.getCode();
        }
        String old = region.getCode();
        Map<String, Object> before = region.auditedFields();
        entityManager.flush();
        entityManager.clear();
        int length = old.length();
        // Copy the subtree under its new codes (parents first, checked at the end of the statement),
        // point the units at the copies, then drop the old rows.
        jdbc.sql("insert into region (code, parent_code, level, name_zh, name_en, version)"
                        + " select :target || substr(code, :length + 1),"
                        + " case when code = :old then :parent else :target || substr(parent_code, :length + 1) end,"
                        + " level, name_zh, name_en, version + 1 from region where code like :prefix")
                .param("target", target)
                .param("length", length)
                .param("old", old)
                .param("parent", parent.getCode())
                .param("prefix", RegionCode.of(old).subtree())
                .update();
        jdbc.sql("update unit set region_code = :target || substr(region_code, :length + 1), version = version + 1"
                        + " where region_code like :prefix")
                .param("target", target)
                .param("length", length)
                .param("prefix", RegionCode.of(old).subtree())
                .update();
        jdbc.sql("delete from region where code like :prefix")
                .param("prefix", RegionCode.of(old).subtree())
                .update();
        Region moved = regions.findById(target).orElseThrow();
        auditLog.record(entry("MOVE", moved, Changes.between(before, moved.auditedFields())));
        return target;
    }

    /** Deletes a region without sub-regions and without units (active or not). */
    @Transactional
    void delete(Scope admin, String code, long version) {
        reference.changed();
        Region region = loadVersion(admin, code, version);
        if (admin.kind() == Scope.Kind.REGION && admin.regionCode().equals(region.getCode())) {
            throw new FieldProblem("delete", "region.delete.ownRegion");
        }
        if (hasChildren(region)) {
            throw new FieldProblem("delete", "region.delete.hasChildren");
        }
        if (unitsWithin(region) > 0) {
            throw new FieldProblem("delete", "region.delete.hasUnits");
        }
        auditLog.record(entry("DELETE", region, Changes.between(region.auditedFields(), null)));
        regions.delete(region);
        regions.flush();
    }

    private Region checkedParent(Scope admin, String parentCode, RegionLevel childLevel) {
        Region parent =
                parentCode == null ? null : regions.findById(parentCode.trim()).orElse(null);
        if (parent == null || !UnitAdministration.manages(admin, parent.getCode())) {
            throw new FieldProblem("parentCode", "region.parent.required");
        }
        if (parent.getLevel().below() != childLevel) {
            throw new FieldProblem("parentCode", "region.parent.level");
        }
        return parent;
    }

    private Region loadVersion(Scope admin, String code, long version) {
        Region region = load(admin, code);
        if (region.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Region.class, code);
        }
        return region;
    }

    private static AuditEntry entry(String action, Region region, Changes changes) {
        return new AuditEntry(action, AUDIT_TYPE, region.getCode(), region.getNameZh(), region.getCode(), changes);
    }

    private static String prefix(Scope admin) {
        return switch (admin.kind()) {
            case ALL -> "%";
            case REGION -> RegionCode.of(admin.regionCode()).subtree();
            default -> "-";
        };
    }
}
