package app.redline.accident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccidentRepository extends JpaRepository<Accident, Long> {}

interface AccidentReportRepository extends JpaRepository<AccidentReport, Long> {

    List<AccidentReport> findByAccidentIdOrderByReportedAtAscIdAsc(Long accidentId);
}
