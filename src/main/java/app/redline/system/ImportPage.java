package app.redline.system;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page every import shares: the upload form, the columns it understands and, after an
 * upload, the report. An unreadable file is a message on the page, never an error page.
 */
public final class ImportPage {

    public static final String VIEW = "admin/import";

    private ImportPage() {}

    public static String show(String kind, ImportColumns columns, ImportReport report, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("columns", columns.all());
        model.addAttribute("report", report);
        return VIEW;
    }

    /** A spreadsheet to import is at most this large (10,000 rows are well under 5 MB). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    public static String upload(
            String kind,
            ImportColumns columns,
            MultipartFile file,
            int maxRows,
            Function<List<TableFile.TableRow>, ImportReport> run,
            Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "import.file.missing");
            return show(kind, columns, null, model);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            model.addAttribute("problem", "import.file.tooLarge");
            return show(kind, columns, null, model);
        }
        try {
            return show(kind, columns, run.apply(TableFile.read(file.getInputStream(), maxRows)), model);
        } catch (TableFile.UnreadableException e) {
            model.addAttribute("problem", e.code());
        } catch (IOException e) {
            model.addAttribute("problem", "import.file.unreadable");
        }
        return show(kind, columns, null, model);
    }
}
