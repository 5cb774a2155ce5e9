package app.redline.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files (Redline's styles and scripts, Bootstrap and Chart.js from their webjars): each
 * linked under a URL with a hash of its content ({@code /css/redline-<hash>.css}), so the browser
 * keeps it for a year and asks again only when it changed. Only these three paths are static (the
 * default {@code /**} mapping is off, {@code spring.web.resources.add-mappings=false}): a link to
 * a page is not looked up among the static files each time it is written.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final CacheControl CACHED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        add(registry, "/css/**", "classpath:/static/css/");
        add(registry, "/js/**", "classpath:/static/js/");
        add(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    private static void add(ResourceHandlerRegistry registry, String path, String location) {
        registry.addResourceHandler(path)
                .addResourceLocations(location)
                .setCacheControl(CACHED)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
