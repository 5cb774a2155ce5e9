package app.redline.web;

import app.redline.system.QueryRecord;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link QueryRecord} from the request's parameters with what is known of its components
 * kept per type (names, and their annotations read once): each given parameter converted by the
 * request's data binder (so {@code @DateTimeFormat} and the stripping of text apply as in a form),
 * each missing one null (a primitive its default). A value that does not convert is a 400, as with
 * Spring's own binding, or, for a parameter marked {@link QueryRecord.Lenient}, left out and named in
 * the model's {@code leftOutFilters}. The record is put in the model under its conventional name as
 * well.
 */
final class QueryRecordArguments implements HandlerMethodArgumentResolver {

    /** A record's canonical constructor and, per component, the parameter it is bound from. */
    private record Shape(Constructor<?> constructor, String[] names, MethodParameter[] parameters) {}

    /** The model attribute naming the parameters a lenient binding left out. */
    static final String LEFT_OUT = "leftOutFilters";

    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isRecord() && type.isAnnotationPresent(QueryRecord.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory)
            throws Exception {
        Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), QueryRecordArguments::shape);
        String name = Conventions.getVariableNameForParameter(parameter);
        WebDataBinder binder = binderFactory.createBinder(request, null, name);
        Object[] args = new Object[shape.names().length];
        List<String> leftOut = new ArrayList<>(0);
        for (int i = 0; i < args.length; i++) {
            String[] values = shape.names()[i] == null ? null : request.getParameterValues(shape.names()[i]);
            if (values == null) {
                continue;
            }
            MethodParameter component = shape.parameters()[i];
            Object value = values.length == 1 ? values[0] : values;
            try {
                args[i] = binder.convertIfNecessary(value, component.getParameterType(), component);
            } catch (TypeMismatchException ex) {
                if (!parameter.hasParameterAnnotation(QueryRecord.Lenient.class)) {
                    throw new MethodArgumentTypeMismatchException(
                            value, component.getParameterType(), shape.names()[i], parameter, ex.getCause());
                }
                leftOut.add(shape.names()[i]);
            }
        }
        Object bound = BeanUtils.instantiateClass(shape.constructor(), args);
        if (container != null) {
            container.addAttribute(name, bound);
            if (!leftOut.isEmpty()) {
                container.addAttribute(LEFT_OUT, leftOut);
            }
        }
        return bound;
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException ex) {
            throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
        }
        String[] names = new String[components.length];
        MethodParameter[] parameters = new MethodParameter[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = MethodParameter.forFieldAwareConstructor(constructor, i, components[i].getName());
            BindParam bindParam = parameters[i].getParameterAnnotation(BindParam.class);
            String bindName = bindParam == null ? components[i].getName() : bindParam.value();
            names[i] = "-".equals(bindName) ? null : bindName;
        }
        return new Shape(constructor, names, parameters);
    }
}
