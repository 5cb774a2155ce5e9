package app.redline.standard;

import app.redline.system.ImportTemplate;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The catalogue of judgement standards, for everyone who grades, plans or supervises hazards: the
 * standards and their editions, and each edition's clauses. Administrators import clauses from
 * {@code /admin/import/standards}.
 */
@Controller
@RequestMapping("/standards")
class StandardController {

    private final StandardLibrary library;

    StandardController(StandardLibrary library) {
        this.library = library;
    }

    @GetMapping
    String showCatalogue(Model model) {
        model.addAttribute("editions", library.editions());
        return "standards/list";
    }

    @GetMapping("/{id}")
    String showEdition(@PathVariable long id, Model model) {
        StandardLibrary.Edition edition = library.edition(id).orElseThrow(() -> new StandardNotFoundException(id));
        model.addAttribute("edition", edition);
        model.addAttribute("clauses", library.clauses(id));
        return "standards/detail";
    }

    /** An edition's clauses in the import's layout: a file to correct and import again. */
    @GetMapping("/{id}/clauses.xlsx")
    void exportEdition(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        StandardLibrary.Edition edition = library.edition(id).orElseThrow(() -> new StandardNotFoundException(id));
        List<List<String>> rows = library.clauses(id).stream()
                .map(c -> List.of(
                        edition.code(),
                        String.valueOf(edition.edition()),
                        edition.name(),
                        c.number(),
                        c.text(),
                        edition.nameEn() == null ? "" : edition.nameEn(),
                        ""))
                .toList();
        ImportTemplate.sendXlsx(
                response,
                "standards",
                "standard-" + id,
                StandardImport.COLUMNS,
                locale,
                ImportTemplate.Extras.none(),
                rows);
    }
}
