package org.asylon.kernel.http;

/** The id of the request being served on this thread, for logs and the audit trail. */
public final class RequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The current request id, or null outside a request (timers, feed followers). */
    public static String current() {
        return CURRENT.get();
    }
}
