package app.redline.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean that writes seed data (back-dated histories, the demo's units and people), or that needs
 * one: registered only where seeds are used — a demo installation, and the tests
 * ({@code redline.seeds.enabled=true}) — and never in production, where nothing may write history
 * that did not happen.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SeedsCondition.class)
public @interface Seeds {}
