package org.layerlab.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model uses layer classes that are not registered. Every offending layer is listed in one line,
 * for example {@code model.json: unsupported layers: "lambda_1" (Lambda: carries Python code, never run),
 * "conv2d" (Conv2D)}.
 */
public final class UnsupportedLayerException extends ModelFormatException {
    /**
     * One layer that cannot be imported.
     *
     * @param reason why, beyond the class not being registered; {@code null} when there is nothing more to say
     */
    public record Offender(String layer, String className, String reason) {
        @Override
        public String toString() {
            return MessageText.quote(layer) + " (" + MessageText.shorten(className)
                    + (reason == null ? "" : ": " + reason) + ")";
        }
    }

    private final List<Offender> offenders;

    public UnsupportedLayerException(String file, List<Offender> offenders) {
        this(file, offenders, List.of());
    }

    /** @param otherProblems further problems of the file, told after the layers so the user fixes all at once */
    public UnsupportedLayerException(String file, List<Offender> offenders, List<String> otherProblems) {
        super(file, null, null, "unsupported layers: "
                + offenders.stream().map(Offender::toString).collect(Collectors.joining(", "))
                + otherProblems.stream().map(p -> "; also, " + p).collect(Collectors.joining()));
        this.offenders = List.copyOf(offenders);
    }

    public List<Offender> offenders() {
        return offenders;
    }

    /** Whether a refused layer carries Python code (a Lambda layer). */
    public boolean carriesCode() {
        return offenders.stream().anyMatch(o -> LayerClassCheck.CODE_CARRIERS.contains(o.className()));
    }
}
