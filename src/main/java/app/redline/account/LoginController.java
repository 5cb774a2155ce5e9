package app.redline.account;

import app.redline.system.Installation;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class LoginController {

    private final Installation installation;
    private final ApplicationAvailability availability;

    @GetMapping("/login")
    String showLogin(Model model) {
        model.addAttribute("demo", installation.isDemo());
        // Until the start is complete (the demo loaded), the page says so instead of offering accounts
        // that do not exist yet.
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        model.addAttribute("ready", ready);
        if (!ready) {
            model.addAttribute("refreshSeconds", 3); // the layout reloads the page until it is
        }
        return "account/login";
    }
}
