package app.redline.account;

import app.redline.organization.Scope;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the signed-in user's {@link Scope} as a parameter. */
@Component
@RequiredArgsConstructor
class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUser currentUser;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Scope.class.equals(parameter.getParameterType());
    }

    @Override
    public Scope resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return currentUser.scope();
    }
}
