package app.redline.account;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class AccountWebConfiguration implements WebMvcConfigurer {

    private final ScopeArgumentResolver scopeArgumentResolver;
    private final SecurityEvents events;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ExportAuditInterceptor(events));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(scopeArgumentResolver);
    }
}
