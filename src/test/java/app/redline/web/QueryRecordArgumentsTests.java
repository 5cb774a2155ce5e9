package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.system.QueryRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A list page's filters bound from the query string as Spring's constructor binding binds them. */
class QueryRecordArgumentsTests {

    @QueryRecord
    record Probe(
            @BindParam("q") String text,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Long id,
            boolean flag,
            @BindParam("-") String hidden) {}

    record NotMarked(String q) {}

    static void handler(Probe probe, NotMarked other) {}

    static void page(@QueryRecord.Lenient Probe probe) {}

    QueryRecordArguments arguments = new QueryRecordArguments();
    MethodParameter probe = parameter(0);

    @Test
    void bindsNamedConvertedComponentsAndLeavesTheRestNull() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("q", "消防通道");
        request.addParameter("from", "2026-11-01");
        request.addParameter("id", "42");
        request.addParameter("hidden", "set by the request");
        request.addParameter("-", "set by the request");
        ModelAndViewContainer model = new ModelAndViewContainer();

        Object bound = resolve(request, model);

        assertThat(bound).isEqualTo(new Probe("消防通道", LocalDate.of(2026, 11, 1), 42L, false, null));
        assertThat(model.getModel()).containsEntry("probe", bound);
        assertThat(arguments.supportsParameter(probe)).isTrue();
        assertThat(arguments.supportsParameter(parameter(1))).isFalse();
    }

    @Test
    void aValueThatDoesNotConvertIsABadRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("id", "forty-two");
        assertThatThrownBy(() -> resolve(request, new ModelAndViewContainer()))
                .isInstanceOf(MethodArgumentTypeMismatchException.class)
                .hasMessageContaining("forty-two");
    }

    @Test
    void onAPageAValueThatDoesNotConvertIsLeftOutAndNamed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("q", "消防通道");
        request.addParameter("id", "forty-two");
        request.addParameter("from", "2026-13-45");
        ModelAndViewContainer model = new ModelAndViewContainer();
        MethodParameter lenient =
                new MethodParameter(QueryRecordArgumentsTests.class.getDeclaredMethod("page", Probe.class), 0);

        Object bound = resolve(lenient, request, model);

        assertThat(bound).isEqualTo(new Probe("消防通道", null, null, false, null));
        assertThat(model.getModel()).containsEntry(QueryRecordArguments.LEFT_OUT, java.util.List.of("from", "id"));
    }

    @Test
    void nothingLeftOutNamesNothing() throws Exception {
        ModelAndViewContainer model = new ModelAndViewContainer();
        resolve(new MockHttpServletRequest(), model);
        assertThat(model.getModel()).doesNotContainKey(QueryRecordArguments.LEFT_OUT);
    }

    Object resolve(MockHttpServletRequest request, ModelAndViewContainer model) throws Exception {
        return resolve(probe, request, model);
    }

    Object resolve(MethodParameter parameter, MockHttpServletRequest request, ModelAndViewContainer model)
            throws Exception {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        return arguments.resolveArgument(
                parameter, model, new ServletWebRequest(request), new DefaultDataBinderFactory(initializer));
    }

    static MethodParameter parameter(int index) {
        try {
            return new MethodParameter(
                    QueryRecordArgumentsTests.class.getDeclaredMethod("handler", Probe.class, NotMarked.class), index);
        } catch (NoSuchMethodException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
