package app.redline.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether seeds are used here: a demo installation, or {@code redline.seeds.enabled} (the tests). */
class SeedsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return new Installation(context.getEnvironment()).isDemo()
                || context.getEnvironment().getProperty("redline.seeds.enabled", Boolean.class, false);
    }
}
