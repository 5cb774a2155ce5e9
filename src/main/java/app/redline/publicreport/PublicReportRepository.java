package app.redline.publicreport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicReportRepository extends JpaRepository<PublicReport, Long> {

    Optional<PublicReport> findByCaseNumber(String caseNumber);

    Optional<PublicReport> findByDraftHash(String draftHash);

    Optional<PublicReport> findByHazardId(Long hazardId);
}
