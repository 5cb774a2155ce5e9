package app.redline.inspection;

import app.redline.organization.OrganizationService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rectification notices an enterprise received, newest first, as its home lists them. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class EnterpriseNotices {

    /** A notice: who issued it, its number, the date it orders and when it will be re-inspected. */
    public record Line(
            long inspectionId, String issuer, int year, int seq, LocalDate deadline, LocalDate reinspectionDue) {}

    private final RectificationNoticeRepository notices;
    private final OrganizationService organization;

    public List<Line> of(Long enterpriseId, int limit) {
        List<RectificationNotice> found = notices.findOfEnterprise(enterpriseId, PageRequest.of(0, limit));
        Map<Long, String> issuers = organization.unitNames(
                found.stream().map(RectificationNotice::getUnitId).collect(Collectors.toSet()));
        return found.stream()
                .map(n -> new Line(
                        n.getInspectionId(),
                        issuers.getOrDefault(n.getUnitId(), ""),
                        n.getYear(),
                        n.getSeq(),
                        n.getDeadline(),
                        n.getReinspectionDue()))
                .toList();
    }
}
