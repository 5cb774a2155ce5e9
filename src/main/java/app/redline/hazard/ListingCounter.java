package app.redline.hazard;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers the listing notices (挂牌督办通知书) of each government by year: 1, 2, 3 … in the order they
 * are issued. Taken in the listing's transaction, so a refused listing uses no number, and two
 * governments' or two instances' listings never share one.
 */
@Component
@RequiredArgsConstructor
class ListingCounter {

    private final JdbcClient jdbc;

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long unitId, int year) {
        return jdbc.sql("insert into listing_counter (unit_id, year, last) values (:unit, :year, 1)"
                        + " on conflict (unit_id, year) do update set last = listing_counter.last + 1 returning last")
                .param("unit", unitId)
                .param("year", year)
                .query(Integer.class)
                .single();
    }
}
