package app.redline.organization;

import app.redline.system.ImportPage;
import app.redline.system.ImportTemplate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Imports enterprises from .xlsx or .csv, with a template to start from. */
@Controller
@RequestMapping("/admin/import/enterprises")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AdminImportController {

    static final String KIND = "enterprises";

    private final EnterpriseImport enterpriseImport;

    @GetMapping
    String showForm(Model model) {
        return ImportPage.show(KIND, EnterpriseImport.COLUMNS, null, model);
    }

    @PostMapping
    String upload(
            Scope admin,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean checkOnly,
            Model model) {
        return ImportPage.upload(
                KIND,
                EnterpriseImport.COLUMNS,
                file,
                EnterpriseImport.MAX_ROWS,
                rows -> enterpriseImport.run(admin, rows, checkOnly),
                model);
    }

    @GetMapping("/template.xlsx")
    void templateXlsx(Locale locale, HttpServletResponse response) throws IOException {
        ImportTemplate.sendXlsx(response, KIND, EnterpriseImport.COLUMNS, locale);
    }

    @GetMapping("/template.csv")
    void templateCsv(Locale locale, HttpServletResponse response) throws IOException {
        ImportTemplate.sendCsv(response, KIND, EnterpriseImport.COLUMNS, locale);
    }
}
