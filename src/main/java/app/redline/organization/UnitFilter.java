package app.redline.organization;

import app.redline.system.QueryRecord;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Filters of the administrators' unit list, bound from its query parameters; null or blank parts do
 * not filter. {@code supervisedBy} keeps the enterprises a department or government answers for.
 */
@QueryRecord
record UnitFilter(
        @BindParam("q") String text,
        UnitType type,
        @BindParam("region") String regionCode,
        @BindParam("industry") String industryCode,
        Boolean active,
        @BindParam("supervisor") Long supervisedBy) {

    public UnitFilter(String text, UnitType type, String regionCode, String industryCode, Boolean active) {
        this(text, type, regionCode, industryCode, active, null);
    }
}
