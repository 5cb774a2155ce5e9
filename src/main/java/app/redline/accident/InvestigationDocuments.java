package app.redline.accident;

import app.redline.system.FieldProblem;
import app.redline.system.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * The investigation report's document (a PDF of at most 20 MB), kept in the file store under
 * {@code documents/accidents/}; a write whose transaction fails takes its file back. Served only
 * after the accident's scope check.
 */
@Component
@RequiredArgsConstructor
class InvestigationDocuments {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final String PREFIX = "documents/accidents/";

    /** A document kept: its key, the name it was sent with, its size. */
    record Kept(String key, String name, long size) {}

    private final FileStore files;

    /** Checks and keeps the document sent with the report; null when none was sent. */
    Kept keep(MultipartFile document) {
        if (document == null || document.isEmpty()) {
            return null;
        }
        if (document.getSize() > MAX_BYTES) {
            throw new FieldProblem("document", "accident.investigation.document.tooLarge");
        }
        byte[] content;
        try {
            content = document.getBytes();
        } catch (IOException e) {
            throw new FieldProblem("document", "accident.investigation.document.unreadable");
        }
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
            throw new FieldProblem("document", "accident.investigation.document.notPdf");
        }
        String key = PREFIX + UUID.randomUUID() + ".pdf";
        files.putWithTransaction(key, content, "application/pdf");
        return new Kept(key, name(document.getOriginalFilename()), content.length);
    }

    /** Sends the document as a download under the name it was sent with. */
    boolean send(String key, String name, HttpServletResponse response) throws IOException {
        FileStore.StoredFile file = files.get(key);
        if (file == null) {
            return false;
        }
        try (file) {
            response.setContentType("application/pdf");
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename*=UTF-8''" + UriUtils.encode(name, StandardCharsets.UTF_8));
            response.setContentLengthLong(file.size());
            file.content().transferTo(response.getOutputStream());
        }
        return true;
    }

    private static String name(String original) {
        if (original == null || original.isBlank()) {
            return "investigation.pdf";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            return "investigation.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
