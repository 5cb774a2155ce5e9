package app.redline.publicreport;

import app.redline.hazard.HazardRefused;
import app.redline.hazard.HazardReports;
import app.redline.hazard.KeptPhoto;
import app.redline.hazard.StoredPhoto;
import app.redline.system.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos of a public report, checked and stored by the rules of every photo before the report
 * is taken: a refused form keeps those that passed, for that form alone (known by the random key
 * it carries, of which only the hash is kept), until it is sent again.
 */
@Component
@RequiredArgsConstructor
class PublicUploads {

    /** The most photos a public report takes. */
    static final int MAX_PHOTOS = 5;

    /** A kept photo as the form shows it. */
    record Upload(Long id, String fileName) {}

    record Kept(List<Upload> photos, List<HazardRefused> problems) {

        List<Long> ids() {
            return photos.stream().map(Upload::id).toList();
        }
    }

    private final HazardReports hazards;
    private final JdbcClient jdbc;
    private final Clock clock;

    Kept keep(String draftKey, Collection<Long> keptIds, List<MultipartFile> files) {
        String draft = Sha256.hex(draftKey);
        List<Upload> kept = new ArrayList<>(
                keptIds == null || keptIds.isEmpty()
                        ? List.of()
                        : jdbc.sql("select id, file_name from public_report_upload where draft_hash = :draft"
                                        + " and id in (:ids) order by id")
                                .param("draft", draft)
                                .param("ids", keptIds)
                                .query(Upload.class)
                                .list());
        List<HazardRefused> problems = new ArrayList<>();
        List<MultipartFile> present = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        for (MultipartFile file : present) {
            if (kept.size() >= MAX_PHOTOS) {
                problems.add(new HazardRefused("photos", "publicReport.photos.tooMany", MAX_PHOTOS));
                break;
            }
            try {
                KeptPhoto photo = hazards.keepPublicPhoto(file);
                StoredPhoto f = photo.file();
                Long id = jdbc.sql("insert into public_report_upload (draft_hash, file_name, path, thumb_path,"
                                + " content_type, size_bytes, sha256, uploaded_at) values (:draft, :name, :path,"
                                + " :thumb, :type, :size, :sha, :at) returning id")
                        .param("draft", draft)
                        .param("name", photo.name())
                        .param("path", f.path())
                        .param("thumb", f.thumbPath())
                        .param("type", f.contentType())
                        .param("size", f.sizeBytes())
                        .param("sha", f.sha256())
                        .param("at", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single();
                kept.add(new Upload(id, photo.name()));
            } catch (HazardRefused e) {
                problems.add(e);
            }
        }
        return new Kept(kept, problems);
    }

    /** Moves the form's kept photos to the report, in the report's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void attach(String draftKey, Collection<Long> ids, Long reportId) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        String draft = Sha256.hex(draftKey);
        jdbc.sql("insert into public_report_photo (report_id, file_name, path, thumb_path, content_type, size_bytes,"
                        + " sha256) select :report, file_name, path, thumb_path, content_type, size_bytes, sha256"
                        + " from public_report_upload where draft_hash = :draft and id in (:ids) order by id")
                .param("report", reportId)
                .param("draft", draft)
                .param("ids", ids)
                .update();
        jdbc.sql("delete from public_report_upload where draft_hash = :draft and id in (:ids)")
                .param("draft", draft)
                .param("ids", ids)
                .update();
    }

    /** A photo of a report (the caller has checked that the user reads the case), or null. */
    HazardReports.PhotoFile file(long id, long photoId, boolean thumbnail) {
        return jdbc.sql("select file_name, path, thumb_path, content_type, size_bytes, sha256"
                        + " from public_report_photo where id = :photo and report_id = :id")
                .param("photo", photoId)
                .param("id", id)
                .query(PublicUploads::kept)
                .optional()
                .map(p -> hazards.photoFile(p, thumbnail))
                .orElse(null);
    }

    /** The files of a report's photos, in the order they were sent. */
    List<StoredPhoto> files(long id) {
        return jdbc
                .sql("select file_name, path, thumb_path, content_type, size_bytes, sha256"
                        + " from public_report_photo where report_id = :id order by id")
                .param("id", id)
                .query(PublicUploads::kept)
                .list()
                .stream()
                .map(KeptPhoto::file)
                .toList();
    }

    private static KeptPhoto kept(ResultSet rs, int row) throws SQLException {
        return new KeptPhoto(
                rs.getString("file_name"),
                new StoredPhoto(
                        rs.getString("path"),
                        rs.getString("thumb_path"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256")));
    }
}
