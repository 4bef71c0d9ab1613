package org.layerlab.core.edit;

/**
 * Whether a wire may be made, and if not why, in one line for the port's tooltip and the status bar.
 *
 * @param reason why not, or {@code null} when the wire is allowed
 */
public record WireVerdict(boolean allowed, String reason) {

    static final WireVerdict ALLOWED = new WireVerdict(true, null);

    static WireVerdict refused(String reason) {
        return new WireVerdict(false, reason);
    }
}
