package org.layerlab.app.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs a step of a benchmark on the FX thread and waits for its result, as the window's own code runs. */
final class OnFxThread {
    private OnFxThread() {
    }

    static <T> T call(Supplier<T> action, long timeoutSeconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
