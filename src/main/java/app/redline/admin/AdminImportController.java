package app.redline.admin;

import app.redline.organization.AdministrativeImport;
import app.redline.organization.Scope;
import app.redline.system.ImportPage;
import app.redline.system.ImportTemplate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The import pages (enterprises, users): upload, per-row report, and the templates to start from. */
@Controller
@RequestMapping("/admin/import/{kind}")
@PreAuthorize("hasRole('ADMIN')")
class AdminImportController {

    private final Map<String, AdministrativeImport> imports;

    AdminImportController(List<AdministrativeImport> imports) {
        this.imports = imports.stream().collect(Collectors.toMap(i -> i.sheet().kind(), Function.identity()));
    }

    @GetMapping
    String showForm(@PathVariable String kind, Model model) {
        AdministrativeImport target = find(kind);
        return ImportPage.show(kind, target.sheet().columns(), null, model);
    }

    @PostMapping
    String upload(
            Scope admin,
            @PathVariable String kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean checkOnly,
            Model model) {
        AdministrativeImport target = find(kind);
        return ImportPage.upload(
                kind,
                target.sheet().columns(),
                file,
                target.sheet().maxRows(),
                rows -> target.run(admin, rows, checkOnly),
                model);
    }

    @GetMapping("/template.xlsx")
    void templateXlsx(Scope admin, @PathVariable String kind, Locale locale, HttpServletResponse response)
            throws IOException {
        AdministrativeImport target = find(kind);
        ImportTemplate.sendXlsx(response, kind, target.sheet().columns(), locale, target.templateExtras(admin, locale));
    }

    @GetMapping("/template.csv")
    void templateCsv(Scope admin, @PathVariable String kind, Locale locale, HttpServletResponse response)
            throws IOException {
        AdministrativeImport target = find(kind);
        ImportTemplate.sendCsv(response, kind, target.sheet().columns(), locale, target.templateExtras(admin, locale));
    }

    private AdministrativeImport find(String kind) {
        AdministrativeImport target = imports.get(kind);
        if (target == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return target;
    }
}
