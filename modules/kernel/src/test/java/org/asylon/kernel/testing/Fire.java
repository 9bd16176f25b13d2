package org.asylon.kernel.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A CDI event for plain tests: it keeps what is fired and calls its observers at once, as the
 * container does for synchronous observers. The modules fire no qualified or asynchronous events;
 * both are served the same way so that a test never fails on the double instead of the code.
 */
public final class Fire<T> implements Event<T> {

    /** What was fired, in order. */
    public final List<T> fired = new ArrayList<>();

    private final List<Consumer<? super T>> observers;

    @SafeVarargs
    public Fire(Consumer<? super T>... observers) {
        this.observers = List.of(observers);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observers.forEach(o -> o.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fire(event);
        return CompletableFuture.completedStage(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        return narrowed();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        return narrowed();
    }

    @SuppressWarnings("unchecked") // a U is a T: firing it through this event is sound
    private <U extends T> Event<U> narrowed() {
        return (Event<U>) (Event<?>) this;
    }
}
