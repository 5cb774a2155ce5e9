package app.redline.web;

import app.redline.system.FormSubmissions;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the one-time tokens of forms that create something. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class SubmissionConfiguration implements WebMvcConfigurer {

    private final FormSubmissions submissions;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SubmissionInterceptor(submissions));
    }
}
