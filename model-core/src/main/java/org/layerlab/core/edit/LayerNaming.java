package org.layerlab.core.edit;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.layerlab.core.graph.ModelGraph;

/**
 * Free layer names in Keras's style for paste, duplicate and rename: a name that is taken gets the first
 * free number after its stem, so copying {@code dense_2} next to {@code dense}, {@code dense_1} and
 * {@code dense_2} gives {@code dense_3}.
 */
public final class LayerNaming {
    private static final Pattern NUMBERED = Pattern.compile("(.*)_(\\d+)");

    private LayerNaming() {
    }

    /** {@code wanted} when the graph has no layer of that name, else the first free {@code stem_N}. */
    public static String free(ModelGraph graph, String wanted) {
        return free(wanted, name -> graph.find(name).isPresent());
    }

    public static String free(String wanted, Predicate<String> taken) {
        if (!taken.test(wanted)) {
            return wanted;
        }
        Matcher m = NUMBERED.matcher(wanted);
        String stem = m.matches() ? m.group(1) : wanted;
        for (long n = 1; ; n++) {
            String candidate = stem + "_" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
