package app.redline.organization;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The industries as an imported cell names them: by code or by either name, any case, several in a
 * cell separated by commas, semicolons, 、 or slashes.
 */
@Component
@RequiredArgsConstructor
public class IndustryLookup {

    /** The industries' codes by code and by either name (lower-cased). */
    public record Names(Map<String, String> codes) {

        /** The codes a cell names; the first unknown name, when there is one, goes to {@code unknown}. */
        public Set<String> parse(String cell, java.util.function.Consumer<String> unknown) {
            Set<String> industries = new TreeSet<>();
            for (String token : cell.split("[;,，；、|/]+")) {
                if (token.isBlank()) {
                    continue;
                }
                String code = codes.get(token.strip().toLowerCase(Locale.ROOT));
                if (code == null) {
                    unknown.accept(token.strip());
                    break;
                }
                industries.add(code);
            }
            return industries;
        }
    }

    private final JdbcClient jdbc;

    public Names names() {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("select code, name_zh, name_en from industry").query(rs -> {
            String code = rs.getString(1);
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(rs.getString(2).toLowerCase(Locale.ROOT), code);
            codes.put(rs.getString(3).toLowerCase(Locale.ROOT), code);
        });
        return new Names(codes);
    }
}
