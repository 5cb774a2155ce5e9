package app.redline.web;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page shows besides the status: the way back to the page the user came from, when
 * it is one of Redline's (path and query only, never another site).
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String back = back(request.getHeader("Referer"), request.getHeader("Host"));
        if (back != null) {
            attributes.put("back", back);
        }
        return attributes;
    }

    static String back(String referer, String host) {
        if (referer == null || host == null || referer.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String authority = uri.getRawAuthority();
            if (authority == null || !authority.equalsIgnoreCase(host)) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
