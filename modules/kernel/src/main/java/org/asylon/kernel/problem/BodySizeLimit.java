package org.asylon.kernel.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies above {@code asylon.http.max-body-bytes} (default 2 MiB) with a 413, both
 * when the client declares the length up front and when it streams a body without one, so that a
 * runaway upload can neither exhaust memory nor turn into a 500.
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "asylon.http.max-body-bytes", defaultValue = "2097152")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            // close the connection: the unread body must not be taken for the next request on it
            request.abortWith(
                    jakarta.ws.rs.core.Response.fromResponse(
                                    tooLarge()
                                            .toProblem("/" + request.getUriInfo().getPath())
                                            .toResponse())
                            .header("Connection", "close")
                            .build());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        LimitedStream limited = new LimitedStream(context.getInputStream(), maxBytes);
        context.setInputStream(limited);
        try {
            return context.proceed();
        } finally {
            RequestBody.keep(limited.copy.toByteArray());
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than "
                        + maxBytes
                        + " bytes. Send large batches in several parts.");
    }

    private final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long read;
        // what was read, so that a problem about an unreadable value can point at its field
        private final java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                copy.write(buffer, offset, n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
