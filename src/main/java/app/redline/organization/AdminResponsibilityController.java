package app.redline.organization;

import app.redline.system.Paging;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The gaps in responsibility: active enterprises of the administrator's region no industry department supervises. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminResponsibilityController {

    private final Responsibilities responsibilities;

    @GetMapping("/admin/responsibilities/gaps")
    String showGaps(Scope admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("units", responsibilities.unsupervised(admin, PageRequest.of(Paging.page(page), 25)));
        return "admin/units/gaps";
    }
}
