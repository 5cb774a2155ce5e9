package app.redline.web;

import app.redline.system.FormSubmissions;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the one-time tokens of forms that create something, the header figures' forgetting of
 * what a user's post may have changed, and the binding of list pages' filters ({@link
 * QueryRecordArguments}).
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class SubmissionConfiguration implements WebMvcConfigurer {

    private final FormSubmissions submissions;
    private final HeaderFigures headerFigures;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryRecordArguments());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SubmissionInterceptor(submissions));
        registry.addInterceptor(headerFigures);
    }
}
