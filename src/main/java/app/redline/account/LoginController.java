package app.redline.account;

import app.redline.system.Installation;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class LoginController {

    private final Installation installation;

    @GetMapping("/login")
    String showLogin(Model model) {
        model.addAttribute("demo", installation.isDemo());
        return "account/login";
    }
}
