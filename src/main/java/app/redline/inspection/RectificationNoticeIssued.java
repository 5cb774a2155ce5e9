package app.redline.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An inspecting department issued a rectification notice for an inspection's findings: the
 * enterprise is told what to rectify and by when.
 */
public record RectificationNoticeIssued(
        UUID id,
        long inspectionId,
        long enterpriseId,
        String enterpriseName,
        Long actorId,
        String issuer,
        int year,
        int seq,
        LocalDate deadline,
        List<Long> hazardIds) {}
