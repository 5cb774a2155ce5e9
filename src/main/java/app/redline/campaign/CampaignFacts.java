package app.redline.campaign;

import app.redline.inspection.ChecklistTemplates;
import app.redline.organization.OrganizationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The facts every campaign page shows: launcher, region, checklist, phase, today. */
@Component
@RequiredArgsConstructor
class CampaignFacts {

    private final OrganizationService organization;
    private final ChecklistTemplates templates;
    private final Clock clock;

    void addTo(Campaign campaign, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("campaign", campaign);
        model.addAttribute("today", today);
        model.addAttribute("phase", campaign.phase(today));
        model.addAttribute(
                "launcher",
                organization.findUnit(campaign.getUnitId()).map(u -> u.name()).orElse(""));
        model.addAttribute(
                "regionName",
                organization.regionName(campaign.getRegionCode(), locale).orElse(""));
        model.addAttribute(
                "templateName", templates.name(campaign.getTemplateId()).orElse(""));
    }
}
