package app.redline.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.web.multipart.MultipartFile;

/** The report of a hazard, with its photos. */
@Data
class HazardForm {

    @NotNull
    private Long enterpriseId;

    @NotBlank
    @Size(max = 300)
    private String location;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @NotNull
    private HazardCategory category;

    @NotNull
    private HazardGrade grade = HazardGrade.GENERAL;

    @Size(max = 500)
    private String legalBasis;

    /** For a major hazard, the clause of the judgement standard it meets (判定依据). */
    private Long judgementClauseId;

    /** The page the report came from, when it names itself (see {@link HazardRaisedFrom}). */
    @Size(max = 100)
    private String origin;

    private boolean fixedOnTheSpot;

    @Size(max = 2000)
    private String evidence;

    /** The photos before, checked by content when the hazard is reported. */
    private List<MultipartFile> photos = new ArrayList<>();

    /** Photos kept from an earlier, refused submit of this form (their uploader's only). */
    private List<Long> kept = new ArrayList<>();

    HazardFinding finding() {
        return new HazardFinding(
                enterpriseId,
                location,
                description,
                category,
                grade,
                legalBasis,
                grade == HazardGrade.MAJOR ? judgementClauseId : null);
    }
}
