package app.redline.account;

import app.redline.system.Sha256;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * How Spring Session turns a session's attributes into bytes and back — Java serialization, as its
 * default — except that the signed-in user's security context is read once per distinct content.
 * Every request reads its session's security context, and reading it back (the user, their roles,
 * the sign-in's details) was a twentieth of the hazard page's processor time. The same bytes make
 * the same authentication, so the authentication read from them is kept (by the bytes' SHA-256) and
 * each request gets a new {@link SecurityContextImpl} around it: a request may change or clear its
 * own context (a sign-out does) without touching another's. A session whose context changes is
 * stored with other bytes and read afresh. At most {@link #KEPT} contexts are kept; then all are
 * forgotten and read again as needed.
 */
final class SessionAttributes extends GenericConversionService {

    static final int KEPT = 4096;

    private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

    private final Map<ByteBuffer, Authentication> read = new ConcurrentHashMap<>();

    SessionAttributes(ClassLoader classLoader) {
        addConverter(Object.class, byte[].class, new SerializingConverter());
        addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (!(source instanceof byte[] bytes) || !BYTES.equals(sourceType)) {
            return super.convert(source, sourceType, targetType);
        }
        ByteBuffer key = ByteBuffer.wrap(Sha256.of(bytes));
        Authentication known = read.get(key);
        if (known != null) {
            return new SecurityContextImpl(known);
        }
        Object value = super.convert(source, sourceType, targetType);
        if (value instanceof SecurityContext context
                && context.getClass() == SecurityContextImpl.class
                && context.getAuthentication() != null) {
            if (read.size() >= KEPT) {
                read.clear();
            }
            read.put(key, context.getAuthentication());
        }
        return value;
    }

    /** How many security contexts are kept (for tests). */
    int kept() {
        return read.size();
    }
}
