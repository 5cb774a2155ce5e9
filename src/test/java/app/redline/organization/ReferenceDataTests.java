package app.redline.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReferenceDataTests {

    RegionRepository regions = mock(RegionRepository.class);
    IndustryRepository industries = mock(IndustryRepository.class);
    UnitRepository units = mock(UnitRepository.class);
    ReferenceData reference = new ReferenceData(regions, industries, units);

    @BeforeEach
    void setUp() {
        ReflectionTestUtils.setField(reference, "recentFor", Duration.ofHours(1));
        when(regions.findAllByOrderByCodeAsc())
                .thenReturn(List.of(new Region("44", null, RegionLevel.PROVINCE, "广东省", "Guangdong")));
        when(industries.findAllByOrderBySortOrderAsc())
                .thenReturn(List.of(new Industry("MACHINERY", null, "机械", "Machinery", 1)));
        when(units.findIdsAndNamesOfNonEnterprises()).thenReturn(List.<Object[]>of(new Object[] {7L, "江门市应急管理局"}));
    }

    @Test
    void departmentsAndGovernmentsAreNamedFromMemoryUntilAChange() {
        assertThat(reference.unitNames()).containsExactly(Map.entry(7L, "江门市应急管理局"));
        reference.unitNames();
        verify(units, times(1)).findIdsAndNamesOfNonEnterprises();

        when(units.findIdsAndNamesOfNonEnterprises()).thenReturn(List.<Object[]>of(new Object[] {7L, "江门市应急局"}));
        reference.changed();
        assertThat(reference.unitNames()).containsExactly(Map.entry(7L, "江门市应急局"));
    }

    @Test
    void readsOnceWhileRecentAndAgainAfterAChange() {
        assertThat(reference.regions()).extracting(r -> r.named().nameZh()).containsExactly("广东省");
        assertThat(reference.industries()).extracting(i -> i.named().code()).containsExactly("MACHINERY");
        reference.regions();
        verify(regions, times(1)).findAllByOrderByCodeAsc();

        reference.changed();
        reference.regions();
        verify(regions, times(2)).findAllByOrderByCodeAsc();
    }

    @Test
    void aChangeInATransactionIsForgottenAgainWhenItEnds() {
        reference.regions();
        TransactionSynchronizationManager.initSynchronization();
        try {
            reference.changed();
            reference.regions(); // read inside the changing transaction: kept until it ends
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        reference.regions();
        verify(regions, times(3)).findAllByOrderByCodeAsc();
    }

    @Test
    void zeroReadsEveryTime() {
        ReflectionTestUtils.setField(reference, "recentFor", Duration.ZERO);
        reference.regions();
        reference.regions();
        verify(regions, times(2)).findAllByOrderByCodeAsc();
    }
}
