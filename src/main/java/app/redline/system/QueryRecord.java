package app.redline.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record a list page takes from its query string (its filters), bound by the web layer's {@code
 * QueryRecordArguments}: each component from the parameter its {@code @BindParam} names (or its own
 * name; {@code "-"} never from the request), converted as a form's field would be. Binding it the
 * usual way (Spring's constructor binding) parses the constructor's annotations afresh for every
 * component on every request — a fifth of the ledger's time at 18 components.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryRecord {

    /**
     * On a page's handler parameter: a value that does not convert (an old bookmark, an address typed
     * by hand) is left out — its component null, the rest of the filters applied — and the page says
     * so (the model's {@code leftOutFilters}, the names of the parameters left out), instead of a 400.
     * Not on an export: a file of more than was asked for is worse than a refusal.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Lenient {}
}
