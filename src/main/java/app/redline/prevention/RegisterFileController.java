package app.redline.prevention;

import app.redline.account.SignedInUser;
import app.redline.organization.EnterpriseRow;
import app.redline.organization.OrganizationService;
import app.redline.organization.Scope;
import app.redline.system.ImportPage;
import app.redline.system.ImportTemplate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register as a spreadsheet: its export (for everyone who reads the register), the template,
 * and the import (for the enterprise's safety managers only).
 */
@Controller
@RequiredArgsConstructor
class RegisterFileController {

    private final OrganizationService organization;
    private final RegisterImport imports;
    private final RegisterExport export;
    private final RegisterSheet sheet;
    private final MessageSource messages;

    @GetMapping("/enterprises/{id}/risks/import")
    String showImport(@AuthenticationPrincipal SignedInUser user, Scope scope, @PathVariable long id, Model model) {
        keeper(user, scope, id, model);
        return ImportPage.show(RegisterSheet.KIND, RegisterSheet.COLUMNS, null, model);
    }

    @PostMapping("/enterprises/{id}/risks/import")
    String upload(
            @AuthenticationPrincipal SignedInUser user,
            Scope scope,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean checkOnly,
            Model model) {
        keeper(user, scope, id, model);
        return ImportPage.upload(
                RegisterSheet.KIND,
                RegisterSheet.COLUMNS,
                file,
                RegisterImport.MAX_ROWS,
                rows -> imports.run(user, scope, id, rows, checkOnly),
                model);
    }

    @GetMapping("/enterprises/{id}/risks/template.xlsx")
    void template(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        organization.enterprise(scope, id);
        String name = messages.getMessage("import.register.file", null, locale);
        ImportTemplate.sendXlsx(
                response, name, name, RegisterSheet.COLUMNS, locale, sheet.extras(locale), java.util.List.of());
    }

    @GetMapping("/enterprises/{id}/risks/register.xlsx")
    void export(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        RegisterExport.Table table = export.rows(scope, id, locale);
        String name = messages.getMessage("import.register.file", null, locale);
        ImportTemplate.sendXlsx(
                response,
                name,
                name + "-" + table.enterprise().name(),
                RegisterSheet.COLUMNS,
                locale,
                new ImportTemplate.Extras(
                        java.util.List.of(), sheet.extras(locale).lists()),
                table.rows());
    }

    /** The enterprise of the scope (else "not found") whose register this user keeps (else "forbidden"). */
    private void keeper(SignedInUser user, Scope scope, long id, Model model) {
        EnterpriseRow enterprise = organization.enterprise(scope, id);
        RiskRegister.requireKeeper(user, scope, id);
        model.addAttribute("importAction", "/enterprises/" + id + "/risks/import");
        model.addAttribute("templateXlsx", "/enterprises/" + id + "/risks/template.xlsx");
        model.addAttribute("backUrl", "/enterprises/" + id + "/risks");
        model.addAttribute("backText", enterprise.name());
    }
}
