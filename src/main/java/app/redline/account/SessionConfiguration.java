package app.redline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions are Spring Session JDBC's, served through {@link SessionStore}: read once per request,
 * written when they changed or when their recorded access is {@code redline.session.write-every} old
 * (1 minute); their statements run in {@link SessionTransactions} (no JPA session, a read without a
 * transaction); the signed-in user's security context is read back once per content ({@link
 * SessionAttributes}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor sessionStore(Environment environment, ObjectProvider<DataSource> dataSource) {
        Duration writeEvery = Binder.get(environment)
                .bind("redline.session.write-every", Duration.class)
                .orElse(Duration.ofMinutes(1));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(new SessionTransactions(dataSource.getObject()));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository sessions) {
                    sessions.setConversionService(new SessionAttributes(SessionConfiguration.class.getClassLoader()));
                    return new SessionStore(sessions, writeEvery);
                }
                return bean;
            }
        };
    }

    /** Just outside Spring Session's filter: what a request reads of its session stays until it ends. */
    @Component
    @Order(SessionRepositoryFilter.DEFAULT_ORDER - 10)
    static class SessionReadOnceFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try (var scope = SessionStore.openRequest()) {
                chain.doFilter(request, response);
            }
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
