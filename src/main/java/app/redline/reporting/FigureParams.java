package app.redline.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A document's figures as the parameters {@code f0}, {@code f1} … of the statement that keeps them. */
final class FigureParams {

    private FigureParams() {}

    static Map<String, Object> of(List<Integer> values) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            params.put("f" + i, values.get(i));
        }
        return params;
    }
}
