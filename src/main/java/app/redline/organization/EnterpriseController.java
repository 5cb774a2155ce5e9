package app.redline.organization;

import app.redline.system.Paging;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprises of the signed-in user's scope. */
@Controller
@RequiredArgsConstructor
class EnterpriseController {

    static final int PAGE_SIZE = 20;

    private final OrganizationService organization;

    @GetMapping("/enterprises")
    String showList(
            Scope scope,
            @ModelAttribute("filter") EnterpriseFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageRequest pageRequest = PageRequest.of(Paging.page(page), PAGE_SIZE, Sort.by(Unit_.NAME, Unit_.ID));
        Page<EnterpriseRow> enterprises = organization.enterprises(scope, filter, pageRequest);
        model.addAttribute("enterprises", enterprises);
        model.addAttribute("industries", organization.industryTree());
        model.addAttribute("riskLevels", RiskLevel.values());
        return "enterprises/list";
    }

    @GetMapping("/enterprises/{id}")
    String showDetail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("enterprise", organization.enterprise(scope, id));
        return "enterprises/detail";
    }
}
