package app.redline.organization;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Industries with their sub-sectors, read from the {@code industry_lineage} view (V19) that the
 * {@code supervision} view is built on: a department's scope and a campaign's industry criteria
 * mean the same sub-sectors the responsibilities and the recipients of notifications do.
 */
@Component
@RequiredArgsConstructor
class IndustryLineage {

    private final JdbcClient jdbc;

    /** These industries and every sub-sector below them. */
    Set<String> withSubSectors(Collection<String> industryCodes) {
        if (industryCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct code from industry_lineage where ancestor = any(:codes)")
                .param("codes", industryCodes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** A unit's industries and every sub-sector below them. */
    Set<String> ofUnit(long unitId) {
        return new HashSet<>(jdbc.sql("select distinct code from industry_lineage"
                        + " where ancestor in (select industry_code from unit_industry where unit_id = :unit)")
                .param("unit", unitId)
                .query(String.class)
                .list());
    }
}
