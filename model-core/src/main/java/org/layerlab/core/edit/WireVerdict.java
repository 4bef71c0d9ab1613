package org.layerlab.core.edit;

import java.util.Locale;
import org.layerlab.core.reason.Reason;

/**
 * Whether a wire may be made, and if not why, in one line for the port's tooltip and the status bar.
 *
 * @param refusal why not, or {@code null} when the wire is allowed
 */
public record WireVerdict(boolean allowed, Reason refusal) {

    static final WireVerdict ALLOWED = new WireVerdict(true, null);

    static WireVerdict refused(Reason refusal) {
        return new WireVerdict(false, refusal);
    }

    /** Why not in English, or {@code null} when the wire is allowed. */
    public String reason() {
        return refusal == null ? null : refusal.english();
    }

    /** Why not in {@code locale}'s language, or {@code null} when the wire is allowed. */
    public String reason(Locale locale) {
        return refusal == null ? null : refusal.text(locale);
    }
}
