package app.redline.web;

import app.redline.account.Recipients;
import app.redline.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese or English: the language switch ({@code ?lang=}) is remembered in a cookie;
 * without one, the first supported language of the browser's Accept-Language wins. A signed-in
 * user's switch is also remembered for the mail they get.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    private final Recipients recipients;

    LocaleConfiguration(Recipients recipients) {
        this.recipients = recipients;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("redline-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (lang != null
                        && SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getPrincipal()
                                instanceof SignedInUser user) {
                    recipients.rememberLanguage(
                            user.id(), lang.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
                }
                return true;
            }
        });
    }

    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale requested : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(requested.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
