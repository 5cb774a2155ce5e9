package app.redline.campaign;

import app.redline.organization.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A campaign to launch: what and why, the target criteria (a region within the launcher's scope,
 * industries, risk levels; empty ones do not narrow) and hand-picked enterprises by credit code,
 * the checklist, the dates and what it asks.
 */
@Data
class LaunchForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+", message = "{campaign.reasonLink.invalid}")
    private String reasonLink;

    @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}", message = "{campaign.region.invalid}")
    private String regionCode;

    private Set<@Size(max = 40) String> industryCodes = new LinkedHashSet<>();

    private Set<RiskLevel> riskLevels = new LinkedHashSet<>();

    /** Hand-picked enterprises: unified social credit codes, separated by spaces, commas or lines. */
    @Size(max = 20_000)
    private String creditCodes;

    @NotNull
    private Long templateId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull
    private CampaignMode mode = CampaignMode.SELF;

    /** The page the campaign is launched from, when it names itself (see {@link CampaignLaunchedFrom}). */
    @Size(max = 100)
    private String origin;

    Set<String> pickedCreditCodes() {
        if (creditCodes == null || creditCodes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(creditCodes.split("[\\s,;，；、]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(String::toUpperCase)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean hasCriteria() {
        return (regionCode != null && !regionCode.isBlank()) || !industryCodes.isEmpty() || !riskLevels.isEmpty();
    }
}
