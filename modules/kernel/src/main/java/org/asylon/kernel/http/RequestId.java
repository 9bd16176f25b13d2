package org.asylon.kernel.http;

/**
 * The id of the request being served on this thread, for logs and the audit trail. The id is always
 * made here, unique; the id a client sent (which two clients may well share) is kept beside it.
 */
public final class RequestId {

    private record Ids(String id, String client) {}

    private static final ThreadLocal<Ids> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    static void set(String id, String client) {
        CURRENT.set(new Ids(id, client));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The current request id, or null outside a request (timers, feed followers). */
    public static String current() {
        Ids ids = CURRENT.get();
        return ids == null ? null : ids.id();
    }

    /** The {@code X-Request-Id} the client sent, if it was sane; null otherwise. */
    public static String client() {
        Ids ids = CURRENT.get();
        return ids == null ? null : ids.client();
    }
}
