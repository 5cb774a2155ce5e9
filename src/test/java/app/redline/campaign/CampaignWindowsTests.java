package app.redline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.redline.hazard.CampaignWindow;
import app.redline.organization.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** The campaigns in a user's reach (the ledger's picker) are read once per unit and scope until a launch. */
class CampaignWindowsTests {

    CampaignRepository campaigns = mock(CampaignRepository.class);
    CampaignWindows windows = new CampaignWindows(campaigns, Duration.ofHours(1));

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(campaigns.findAll(any(Specification.class), any(Pageable.class)))
                .thenReturn(new PageImpl<>(List.of(campaign("春季专项"))))
                .thenReturn(new PageImpl<>(List.of(campaign("春季专项"), campaign("秋季专项"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePickerIsReadOncePerUnitAndScopeUntilACampaignIsLaunched() {
        Scope town = Scope.region("440703001");
        assertThat(windows.inReach(7L, town, 50))
                .extracting(CampaignWindow.Option::title)
                .containsExactly("春季专项");
        assertThat(windows.inReach(7L, town, 50))
                .extracting(CampaignWindow.Option::title)
                .containsExactly("春季专项");
        verify(campaigns, times(1)).findAll(any(Specification.class), any(Pageable.class));

        windows.inReach(7L, Scope.region("440703"), 50); // another scope: its own read
        verify(campaigns, times(2)).findAll(any(Specification.class), any(Pageable.class));

        windows.launched();
        assertThat(windows.inReach(7L, town, 50))
                .extracting(CampaignWindow.Option::title)
                .hasSize(2);
        verify(campaigns, times(3)).findAll(any(Specification.class), any(Pageable.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutARecentForEveryViewReads() {
        CampaignWindows windows = new CampaignWindows(campaigns, Duration.ZERO);
        windows.inReach(7L, Scope.region("440703"), 50);
        windows.inReach(7L, Scope.region("440703"), 50);
        verify(campaigns, times(2)).findAll(any(Specification.class), any(Pageable.class));
    }

    static Campaign campaign(String title) {
        return new Campaign(
                title,
                "理由",
                null,
                7L,
                "440703",
                1L,
                Instant.parse("2026-11-01T02:00:00Z"),
                1L,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31),
                CampaignMode.VISIT,
                "{}",
                1);
    }
}
