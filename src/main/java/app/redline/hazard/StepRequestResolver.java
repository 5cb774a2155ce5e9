package app.redline.hazard;

import app.redline.account.CurrentUser;
import app.redline.account.SignedInUser;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Lets a handler of {@code /hazards/{id}/...} take the {@link StepRequest} it is asked for: the
 * signed-in user and scope, the hazard's id from the path, the model, and redirect attributes made
 * the way Spring MVC makes them for a {@code RedirectAttributes} parameter.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class StepRequestResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final CurrentUser currentUser;
    private final HazardPageModel pages;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return StepRequest.class.equals(parameter.getParameterType());
    }

    @Override
    public StepRequest resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory)
            throws Exception {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(
                binderFactory.createBinder(request, null, DataBinder.DEFAULT_OBJECT_NAME));
        container.setRedirectModel(redirect);
        SignedInUser user = currentUser.get();
        Model model = (Model) container.getModel(); // the request's model, as a Model parameter gets it
        return new StepRequest(user, currentUser.scopeOf(user), hazardId(request), model, redirect, pages);
    }

    private static long hazardId(NativeWebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        try {
            return Long.parseLong(path == null ? "" : path.getOrDefault("id", ""));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
